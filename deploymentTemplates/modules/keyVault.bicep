// Key Vault with every secret the app needs; the app's managed identity may read them (RBAC role "Key Vault Secrets User").

param location string

@description('Globally unique vault name, 3–24 characters.')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Principal id of the managed identity that reads the secrets.')
param readerPrincipalId string

@description('Days a deleted vault or secret can be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Purge protection: deleted secrets cannot be purged before the retention ends (cannot be switched off again).')
param enablePurgeProtection bool

param postgresHost string
param postgresDatabase string
param postgresLogin string

@secure()
param postgresPassword string

@secure()
param ownerApiKey string

@secure()
param ownerPassword string

@secure()
param ownerNotifyWebhookUrl string

@secure()
param webChatDirectLineSecret string

@secure()
param ownerDataProtectionKey string

@secure()
param microsoftAppPassword string

// Whether the optional secrets are given; passed as plain flags so that no condition (and no output) depends on a secret's value.
param storeOwnerPassword bool
param storeOwnerNotifyWebhookUrl bool
param storeMicrosoftAppPassword bool

param tags object

// Built-in role "Key Vault Secrets User": read secret values.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource readerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource postgresPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'postgres-admin-password'
  properties: {
    value: postgresPassword
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'partnerbot-connection-string'
  properties: {
    value: 'Host=${postgresHost};Database=${postgresDatabase};Username=${postgresLogin};Password=${postgresPassword};SSL Mode=Require'
  }
}

resource ownerApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'owner-api-key'
  properties: {
    value: ownerApiKey
  }
}

resource ownerPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeOwnerPassword) {
  parent: vault
  name: 'owner-password'
  properties: {
    value: ownerPassword
  }
}

resource ownerNotifyWebhookUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeOwnerNotifyWebhookUrl) {
  parent: vault
  name: 'owner-notify-webhook-url'
  properties: {
    value: ownerNotifyWebhookUrl
  }
}

resource webChatDirectLineSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'webchat-directline-secret'
  properties: {
    value: webChatDirectLineSecret
  }
}

resource ownerDataProtectionKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'owner-dataprotection-key'
  properties: {
    value: ownerDataProtectionKey
  }
}

resource microsoftAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeMicrosoftAppPassword) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

// Secret URIs without a version: the app always reads the current value. They locate secrets, they are not secrets.
output vaultName string = vault.name
output connectionStringUri string = connectionStringSecret.properties.secretUri
output ownerApiKeyUri string = ownerApiKeySecret.properties.secretUri
output ownerSignInUri string = ownerPasswordSecret.?properties.secretUri ?? ''
output ownerNotifyWebhookUrlUri string = ownerNotifyWebhookUrlSecret.?properties.secretUri ?? ''
output webChatDirectLineSecretUri string = webChatDirectLineSecretSecret.properties.secretUri
output ownerDataProtectionKeyUri string = ownerDataProtectionKeySecret.properties.secretUri
output botAppCredentialUri string = microsoftAppPasswordSecret.?properties.secretUri ?? ''
