// The user-assigned managed identity the web app runs as: it reads Key Vault and, with msaAppType UserAssignedMSI, is the bot's identity.

param location string
param namePrefix string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-identity'
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
