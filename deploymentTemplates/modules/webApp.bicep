// Linux App Service plan and the PartnerBot web app (.NET 10): HTTPS only, WebSockets for Direct Line streaming, health check, secrets from Key Vault.

param location string

@description('Globally unique web app name; the app is reached at https://<name>.azurewebsites.net.')
param appName string

param planName string

@description('App Service plan SKU, e.g. B1 (Basic) or P0v3 (Premium v3).')
param skuName string

@minValue(1)
@maxValue(10)
param instanceCount int

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param msaAppType string

param microsoftAppId string

@description('Key Vault URI of the app registration\'s client secret; empty with UserAssignedMSI.')
param botAppCredentialUri string

param connectionStringUri string
param ownerApiKeyUri string

@description('Empty: the app generates a dashboard password at first start.')
param ownerSignInUri string

@description('Empty: no notifications.')
param ownerNotifyWebhookUrlUri string

param webChatDirectLineSecretUri string
param ownerDataProtectionKeyUri string
param appInsightsConnectionString string

param defaultLocale string
param businessName string
param businessContact string
param privacyUrl string

@minValue(1)
param incompleteRetentionDays int

@minValue(1)
param retentionDays int

param tags object

// The port App Service forwards to; set explicitly because appsettings.json names its own local port.
var containerPort = '8080'

func keyVaultReference(secretUri string) string => '@Microsoft.KeyVault(SecretUri=${secretUri})'

func optionalKeyVaultReference(secretUri string) string => empty(secretUri) ? '' : keyVaultReference(secretUri)

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet PartnerBot.dll'
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'MicrosoftAppType'
          value: msaAppType
        }
        {
          name: 'MicrosoftAppId'
          value: microsoftAppId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenant().tenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: optionalKeyVaultReference(botAppCredentialUri)
        }
        {
          name: 'Storage__Provider'
          value: 'Postgres'
        }
        {
          name: 'ConnectionStrings__PartnerBot'
          value: keyVaultReference(connectionStringUri)
        }
        {
          name: 'Owner__ApiKey'
          value: keyVaultReference(ownerApiKeyUri)
        }
        {
          name: 'Owner__Password'
          value: optionalKeyVaultReference(ownerSignInUri)
        }
        {
          name: 'Owner__NotifyWebhookUrl'
          value: optionalKeyVaultReference(ownerNotifyWebhookUrlUri)
        }
        {
          name: 'WebChat__DirectLineSecret'
          value: keyVaultReference(webChatDirectLineSecretUri)
        }
        {
          name: 'Owner__DataProtectionKey'
          value: keyVaultReference(ownerDataProtectionKeyUri)
        }
        {
          name: 'Bot__DefaultLocale'
          value: defaultLocale
        }
        {
          name: 'Bot__BusinessName'
          value: businessName
        }
        {
          name: 'Bot__BusinessContact'
          value: businessContact
        }
        {
          name: 'Bot__PrivacyUrl'
          value: privacyUrl
        }
        {
          name: 'Privacy__IncompleteRetentionDays'
          value: string(incompleteRetentionDays)
        }
        {
          name: 'Privacy__RetentionDays'
          value: string(retentionDays)
        }
        {
          name: 'Urls'
          value: 'http://+:${containerPort}'
        }
        {
          name: 'WEBSITES_PORT'
          value: containerPort
        }
        {
          // App Service's front end is the only way in and appends the client's address to X-Forwarded-For; with
          // Hosting:ForwardLimit 1 the app takes that last entry and ignores what a client put before it.
          name: 'Hosting__KnownNetworks__0'
          value: '0.0.0.0/0'
        }
        {
          name: 'Hosting__KnownNetworks__1'
          value: '::/0'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
          value: '~3'
        }
      ]
    }
  }
}

output name string = app.name
output hostName string = app.properties.defaultHostName
