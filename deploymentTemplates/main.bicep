// PartnerBot on Azure, deployed into an existing resource group:
// App Service (Linux, .NET 10) + Azure Bot (Teams, Direct Line) + PostgreSQL flexible server + Key Vault + Application Insights.
// See README.md for the steps; main.subscription.bicep creates the resource group first.

targetScope = 'resourceGroup'

@description('Short name used as a prefix for every resource (lowercase letters, digits and hyphens).')
@minLength(3)
@maxLength(16)
param baseName string = 'partnerbot'

@description('Azure region for everything except the bot registration (which is global).')
param location string = resourceGroup().location

@description('The bot\'s name in Azure and in channels.')
param botDisplayName string = 'PartnerBot'

@description('UserAssignedMSI: the bot authenticates as the app\'s managed identity (no secret to rotate). SingleTenant: an Entra app registration you created (appRegistrationClientId + appRegistrationClientSecret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param msaAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s application (client) id.')
param appRegistrationClientId string = ''

@description('SingleTenant only: a client secret of that app registration.')
@secure()
param appRegistrationClientSecret string = ''

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU, e.g. B1 (small) or P0v3/P1v3 (production).')
param appServiceSku string = 'B1'

@description('Number of web app instances; they share the one PostgreSQL database.')
@minValue(1)
@maxValue(10)
param appInstanceCount int = 1

@description('PostgreSQL compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL tier matching postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GB.')
@minValue(32)
param postgresStorageSizeGB int = 32

@description('Days of point-in-time restore for the database.')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7

@description('Zone-redundant high availability for PostgreSQL (not on Burstable; doubles the database cost).')
param postgresHighAvailability bool = false

@description('PostgreSQL administrator login name (the app connects with it).')
param postgresAdminLogin string = 'partnerbot'

@description('PostgreSQL administrator password (stored in Key Vault; 8–128 characters from three of: upper, lower, digits, symbols).')
@secure()
@minLength(8)
param postgresAdminPassword string

@description('Bearer key for the owner API /api/owner/* (stored in Key Vault).')
@secure()
@minLength(16)
param ownerApiKey string

@description('Owner dashboard password (stored in Key Vault); empty: the app generates one at first start and logs it once.')
@secure()
param ownerPassword string = ''

@description('Optional URL that receives a JSON POST when a profile is completed (stored in Key Vault: such URLs often embed a token).')
@secure()
param ownerNotifyWebhookUrl string = ''

@description('Secret of the app\'s own Direct Line endpoint for the website chat (stored in Key Vault). The default makes a new one on each deployment; pass your own to keep it.')
@secure()
param webChatDirectLineSecret string = newGuid()

@description('Key (32 bytes, base64) that encrypts the dashboard\'s Data Protection key ring in the database (stored in Key Vault). The default makes a new one on each deployment, which signs the owner out once; pass your own (openssl rand -base64 32) to keep it.')
@secure()
param ownerDataProtectionKey string = base64(take('${replace(newGuid(), '-', '')}${replace(newGuid(), '-', '')}', 32))

@description('The business\'s name as the bot says it.')
param businessName string

@description('How customers reach the business besides the bot (e-mail or phone), named when a customer declines.')
param businessContact string

@description('The privacy policy linked in the greeting.')
param privacyUrl string

@description('Locale used when a message carries none.')
@allowed([
  'de-DE'
  'en-US'
  'en-GB'
])
param defaultLocale string = 'de-DE'

@description('Days before an unfinished interview is purged.')
@minValue(1)
param incompleteRetentionDays int = 30

@description('Days after its last change before a profile and everything of it is purged.')
@minValue(1)
param retentionDays int = 365

@description('Days the application logs are kept.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Days a deleted Key Vault secret can be recovered.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteDays int = 7

@description('Key Vault purge protection (recommended for production; cannot be switched off once on).')
param keyVaultPurgeProtection bool = false

@description('Tags on every resource.')
param tags object = {
  application: 'PartnerBot'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var namePrefix = '${baseName}-${suffix}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    namePrefix: namePrefix
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    location: location
    serverName: '${namePrefix}-pg'
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    highAvailability: postgresHighAvailability
    databaseName: 'partnerbot'
    tags: tags
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    vaultName: take('kv${replace(baseName, '-', '')}${suffix}', 24)
    readerPrincipalId: identity.outputs.principalId
    softDeleteRetentionInDays: keyVaultSoftDeleteDays
    enablePurgeProtection: keyVaultPurgeProtection
    postgresHost: postgres.outputs.fullyQualifiedDomainName
    postgresDatabase: postgres.outputs.databaseName
    postgresLogin: postgresAdminLogin
    postgresPassword: postgresAdminPassword
    ownerApiKey: ownerApiKey
    ownerPassword: ownerPassword
    ownerNotifyWebhookUrl: ownerNotifyWebhookUrl
    webChatDirectLineSecret: webChatDirectLineSecret
    ownerDataProtectionKey: ownerDataProtectionKey
    microsoftAppPassword: msaAppType == 'SingleTenant' ? appRegistrationClientSecret : ''
    storeOwnerPassword: !empty(ownerPassword)
    storeOwnerNotifyWebhookUrl: !empty(ownerNotifyWebhookUrl)
    storeMicrosoftAppPassword: msaAppType == 'SingleTenant' && !empty(appRegistrationClientSecret)
    tags: tags
  }
}

var microsoftAppId = msaAppType == 'UserAssignedMSI' ? identity.outputs.clientId : appRegistrationClientId

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    appName: namePrefix
    planName: '${namePrefix}-plan'
    skuName: appServiceSku
    instanceCount: appInstanceCount
    identityId: identity.outputs.id
    msaAppType: msaAppType
    microsoftAppId: microsoftAppId
    botAppCredentialUri: keyVault.outputs.botAppCredentialUri
    connectionStringUri: keyVault.outputs.connectionStringUri
    ownerApiKeyUri: keyVault.outputs.ownerApiKeyUri
    ownerSignInUri: keyVault.outputs.ownerSignInUri
    ownerNotifyWebhookUrlUri: keyVault.outputs.ownerNotifyWebhookUrlUri
    webChatDirectLineSecretUri: keyVault.outputs.webChatDirectLineSecretUri
    ownerDataProtectionKeyUri: keyVault.outputs.ownerDataProtectionKeyUri
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    defaultLocale: defaultLocale
    businessName: businessName
    businessContact: businessContact
    privacyUrl: privacyUrl
    incompleteRetentionDays: incompleteRetentionDays
    retentionDays: retentionDays
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: '${namePrefix}-bot'
    displayName: botDisplayName
    sku: botSku
    msaAppType: msaAppType
    msaAppId: microsoftAppId
    identityId: identity.outputs.id
    appHostName: webApp.outputs.hostName
    tags: tags
  }
}

@description('The web app\'s name, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('The website with the chat.')
output webAppUrl string = 'https://${webApp.outputs.hostName}/'

@description('The messaging endpoint registered with the Azure Bot.')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('The bot\'s Microsoft App Id: pass it to the Teams packaging command.')
output botAppId string = microsoftAppId

@description('The Azure Bot resource name.')
output botName string = bot.outputs.name

@description('The Key Vault holding the secrets.')
output keyVaultName string = keyVault.outputs.vaultName
