// Log Analytics workspace and the workspace-based Application Insights component the app reports to.

@description('Azure region.')
param location string

@description('Prefix for resource names.')
param namePrefix string

@description('Days the logs are kept.')
@minValue(30)
@maxValue(730)
param retentionInDays int

param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

@description('The component\'s connection string (an ingestion endpoint, not a credential).')
output appInsightsConnectionString string = appInsights.properties.ConnectionString
