// The bot on App Service (Linux, .NET 10), running as the user-assigned managed identity. Settings use the
// configuration names the bot reads ('__' is ':'); secrets are Key Vault references, resolved by App Service.
param planName string
param webAppName string
param location string
param tags object
param skuName string
param instanceCount int
param identityId string
param identityClientId string
param botIdentityType string
param botAppId string
param keyVaultUri string
param postgresSecretName string
param botCredentialEntryName string
@description('Key Vault secret holding SupportTeams:Webhook:Secret; empty: no webhook secret.')
param supportWebhookSecretName string
@description('The bot\'s optional feature settings ({ name, value } pairs), chosen in main.bicep.')
param featureSettings array
param languageEndpoint string
param appInsightsConnectionString string
param logAnalyticsWorkspaceId string

var keyVaultReference = '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/'

var botSettings = [
  {
    name: 'MicrosoftAppType'
    value: botIdentityType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: subscription().tenantId
  }
]

// SingleTenant bots prove themselves with a client secret; a managed-identity bot has none.
var botPasswordSetting = {
  name: 'MicrosoftAppPassword'
  value: '${keyVaultReference}${botCredentialEntryName})'
}
var botPasswordSettings = botIdentityType == 'SingleTenant' ? [ botPasswordSetting ] : []

var supportWebhookSecretSetting = {
  name: 'SupportTeams__Webhook__Secret'
  value: '${keyVaultReference}${supportWebhookSecretName})'
}
var supportWebhookSecretSettings = empty(supportWebhookSecretName) ? [] : [ supportWebhookSecretSetting ]

var appSettings = [
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
  {
    // App Service terminates TLS; the bot sees https and the client address through X-Forwarded-*.
    name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED'
    value: 'true'
  }
  {
    name: 'Storage__Provider'
    value: 'Postgres'
  }
  {
    // /home is App Service's persistent storage, shared by every instance (wwwroot is replaced on each deploy).
    name: 'Storage__DataDirectory'
    value: '/home/data'
  }
  {
    name: 'ConnectionStrings__Postgres'
    value: '${keyVaultReference}${postgresSecretName})'
  }
  {
    name: 'Sentiment__Azure__Endpoint'
    value: languageEndpoint
  }
  {
    // Azure.Identity picks the user-assigned identity by this client id (Azure AI Language, connector tokens).
    name: 'AZURE_CLIENT_ID'
    value: identityClientId
  }
  {
    // The web widget talks to Azure's Direct Line channel; the bot's own Direct Line endpoint stays off.
    name: 'DirectLine__Enabled'
    value: 'false'
  }
  {
    // One JSON object per log line: Log Analytics can query conversation and complaint ids as fields.
    name: 'Logging__Console__FormatterName'
    value: 'json'
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

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
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
      alwaysOn: true
      http20Enabled: true
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Readiness: App Service stops routing to an instance whose database is unreachable.
      healthCheckPath: '/readyz'
      appSettings: concat(botSettings, botPasswordSettings, appSettings, featureSettings, supportWebhookSecretSettings)
    }
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
