// PartnerBot on Azure in a new resource group: creates the group, then deploys main.bicep into it.
// Takes the same parameters as main.bicep (same defaults; a test keeps them in step) plus the group's name.

targetScope = 'subscription'

@description('Name of the resource group to create (or update).')
param resourceGroupName string = 'rg-partnerbot'

@description('Azure region of the resource group and of everything in it.')
param location string = deployment().location

@minLength(3)
@maxLength(16)
param baseName string = 'partnerbot'

param botDisplayName string = 'PartnerBot'

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param msaAppType string = 'UserAssignedMSI'

param appRegistrationClientId string = ''

@secure()
param appRegistrationClientSecret string = ''

@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

param appServiceSku string = 'B1'

@minValue(1)
@maxValue(10)
param appInstanceCount int = 1

param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@minValue(32)
param postgresStorageSizeGB int = 32

@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7

param postgresHighAvailability bool = false

param postgresAdminLogin string = 'partnerbot'

@secure()
@minLength(8)
param postgresAdminPassword string

@secure()
@minLength(16)
param ownerApiKey string

@secure()
param ownerPassword string = ''

@secure()
param ownerNotifyWebhookUrl string = ''

@secure()
param webChatDirectLineSecret string = newGuid()

@description('Key (32 bytes, base64) that encrypts the dashboard\'s Data Protection key ring in the database (stored in Key Vault). The default makes a new one on each deployment, which signs the owner out once; pass your own (openssl rand -base64 32) to keep it.')
@secure()
param ownerDataProtectionKey string = base64(take('${replace(newGuid(), '-', '')}${replace(newGuid(), '-', '')}', 32))

param businessName string

param businessContact string

param privacyUrl string

@allowed([
  'de-DE'
  'en-US'
  'en-GB'
])
param defaultLocale string = 'de-DE'

@minValue(1)
param incompleteRetentionDays int = 30

@minValue(1)
param retentionDays int = 365

@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteDays int = 7

param keyVaultPurgeProtection bool = false

param tags object = {
  application: 'PartnerBot'
}

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: resourceGroupName
  location: location
  tags: tags
}

module partnerBot 'main.bicep' = {
  name: 'partnerbot'
  scope: group
  params: {
    baseName: baseName
    location: location
    botDisplayName: botDisplayName
    msaAppType: msaAppType
    appRegistrationClientId: appRegistrationClientId
    appRegistrationClientSecret: appRegistrationClientSecret
    botSku: botSku
    appServiceSku: appServiceSku
    appInstanceCount: appInstanceCount
    postgresSkuName: postgresSkuName
    postgresSkuTier: postgresSkuTier
    postgresStorageSizeGB: postgresStorageSizeGB
    postgresBackupRetentionDays: postgresBackupRetentionDays
    postgresHighAvailability: postgresHighAvailability
    postgresAdminLogin: postgresAdminLogin
    postgresAdminPassword: postgresAdminPassword
    ownerApiKey: ownerApiKey
    ownerPassword: ownerPassword
    ownerNotifyWebhookUrl: ownerNotifyWebhookUrl
    webChatDirectLineSecret: webChatDirectLineSecret
    ownerDataProtectionKey: ownerDataProtectionKey
    businessName: businessName
    businessContact: businessContact
    privacyUrl: privacyUrl
    defaultLocale: defaultLocale
    incompleteRetentionDays: incompleteRetentionDays
    retentionDays: retentionDays
    logRetentionDays: logRetentionDays
    keyVaultSoftDeleteDays: keyVaultSoftDeleteDays
    keyVaultPurgeProtection: keyVaultPurgeProtection
    tags: tags
  }
}

output resourceGroupName string = group.name
output webAppName string = partnerBot.outputs.webAppName
output webAppUrl string = partnerBot.outputs.webAppUrl
output messagingEndpoint string = partnerBot.outputs.messagingEndpoint
output botAppId string = partnerBot.outputs.botAppId
output botName string = partnerBot.outputs.botName
output keyVaultName string = partnerBot.outputs.keyVaultName
