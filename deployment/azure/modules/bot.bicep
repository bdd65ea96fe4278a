// The Azure Bot registration: identity (single-tenant app or user-assigned managed identity; new multi-tenant
// registrations are no longer possible), messaging endpoint, and the Teams and Web Chat / Direct Line channels.
param name string
param tags object
param sku string
param displayName string
param messagingEndpoint string
param appType string
param appId string
param identityResourceId string
param webChatTrustedOrigins array

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: subscription().tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityResourceId : null
    publicNetworkAccess: 'Enabled'
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
      acceptedTerms: true
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
          siteName: 'Web widget'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: !empty(webChatTrustedOrigins)
          trustedOrigins: webChatTrustedOrigins
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
        }
      ]
    }
  }
}

output name string = bot.name
output messagingEndpoint string = bot.properties.endpoint
