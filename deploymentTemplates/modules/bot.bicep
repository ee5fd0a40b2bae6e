// The Azure Bot registration: messaging endpoint on the web app, Microsoft Teams and Direct Line channels.

@description('Globally unique bot handle.')
param botName string

param displayName string

@allowed([
  'F0'
  'S1'
])
param sku string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param msaAppType string

param msaAppId string

@description('Resource id of the managed identity; used with UserAssignedMSI only.')
param identityId string

@description('Host name of the web app, without scheme.')
param appHostName string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${appHostName}/api/messages'
    msaAppId: msaAppId
    msaAppType: msaAppType
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: msaAppType == 'UserAssignedMSI' ? identityId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: false
        }
      ]
    }
  }
}

output name string = bot.name
output messagingEndpoint string = bot.properties.endpoint
