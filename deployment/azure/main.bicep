// ComplaintBot on Azure: the bot on App Service (Linux, .NET 10), its Azure Bot registration with the Teams and
// Web Chat / Direct Line channels, Azure AI Language for sentiment, PostgreSQL flexible server for state, Key Vault
// for every secret, and Application Insights + Log Analytics for logs. deployment/README.md walks through it.
//
//   az deployment group create --resource-group <rg> --template-file deployment/azure/main.bicep \
//     --parameters @deployment/azure/azuredeploy.parameters.json postgresAdministratorPassword=<from a prompt>
targetScope = 'resourceGroup'

@description('Short lowercase prefix for every resource name (letters and digits).')
@minLength(3)
@maxLength(12)
param baseName string = 'complaintbot'

@description('Region for every regional resource (the Azure Bot registration itself is global).')
param location string = resourceGroup().location

@description('Tags put on every resource.')
param tags object = {}

// ---- names (defaults are unique per resource group) ----

@description('User-assigned managed identity the bot runs as: Key Vault, Azure AI Language and (UserAssignedMSI) the bot\'s own identity.')
param identityName string = 'id-${baseName}-${uniqueString(resourceGroup().id)}'

@description('App Service plan name.')
param appServicePlanName string = 'plan-${baseName}-${uniqueString(resourceGroup().id)}'

@description('Web app name; the bot answers on https://<webAppName>.azurewebsites.net/api/messages.')
param webAppName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('Azure Bot resource name (4-42 characters).')
param botName string = '${baseName}-bot-${uniqueString(resourceGroup().id)}'

@description('Key Vault name (3-24 characters, globally unique).')
@maxLength(24)
param keyVaultName string = take('kv${baseName}${uniqueString(resourceGroup().id)}', 24)

@description('Azure AI Language account name; also its custom subdomain, so globally unique.')
param languageAccountName string = 'lang-${baseName}-${uniqueString(resourceGroup().id)}'

@description('PostgreSQL flexible server name (globally unique, lowercase).')
param postgresServerName string = 'psql-${baseName}-${uniqueString(resourceGroup().id)}'

@description('Log Analytics workspace name.')
param logAnalyticsName string = 'log-${baseName}-${uniqueString(resourceGroup().id)}'

@description('Application Insights name.')
param appInsightsName string = 'appi-${baseName}-${uniqueString(resourceGroup().id)}'

// ---- sizes ----
@description('App Service plan SKU. B1 is the smallest with Always On; P0v3 and up for production.')
@allowed([ 'B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3' ])
param appServicePlanSku string = 'P0v3'

@description('Number of bot instances (scale out). All state is in PostgreSQL, so any number works.')
@minValue(1)
@maxValue(30)
param appServiceInstanceCount int = 1

@description('Azure Bot SKU. Teams and Web Chat / Direct Line are standard channels, free on F0.')
@allowed([ 'F0', 'S1' ])
param botSku string = 'F0'

@description('Azure AI Language SKU (F0: one free account per subscription, 5,000 records a month).')
@allowed([ 'F0', 'S' ])
param languageSku string = 'S'

@description('PostgreSQL compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier; must match postgresSkuName.')
@allowed([ 'Burstable', 'GeneralPurpose', 'MemoryOptimized' ])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL major version.')
@allowed([ '14', '15', '16' ])
param postgresVersion string = '16'

@description('PostgreSQL storage in GiB.')
param postgresStorageSizeGB int = 32

@description('Days of automatic PostgreSQL backups kept for point-in-time restore (7-35).')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7

@description('PostgreSQL high availability; ZoneRedundant needs GeneralPurpose or MemoryOptimized.')
@allowed([ 'Disabled', 'SameZone', 'ZoneRedundant' ])
param postgresHighAvailability string = 'Disabled'

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

// ---- bot identity ----
@description('UserAssignedMSI: the bot signs in as the managed identity, no password anywhere (recommended). SingleTenant: an Entra app registration in this tenant, whose client secret goes to Key Vault.')
@allowed([ 'UserAssignedMSI', 'SingleTenant' ])
param botIdentityType string = 'UserAssignedMSI'

@description('SingleTenant only: the application (client) id of the bot\'s Entra app registration.')
param botAppId string = ''

@description('SingleTenant only: the client secret of that app registration. Stored in Key Vault, never in app settings.')
@secure()
param botAppPassword string = ''

@description('Name shown for the bot in Teams and Web Chat.')
param botDisplayName string = 'ComplaintBot'

@description('Web sites allowed to open Direct Line conversations (enhanced authentication), e.g. [ "https://www.contoso.com" ]. Empty: tokens from any origin.')
param webChatTrustedOrigins array = []

// ---- bot features: empty = the bot's default (a feature left empty stays off) ----
@description('Agents:EntraId:TenantId: the directory (tenant) id of the agents who sign in to the console with Entra ID.')
param agentsEntraIdTenantId string = ''

@description('Agents:EntraId:ClientId: the agent console\'s app registration; set = Entra ID sign-in on.')
param agentsEntraIdClientId string = ''

@description('Agents:EntraId:Audience: the access tokens\' audience (empty: the client id).')
param agentsEntraIdAudience string = ''

@description('Agents:EntraId:Scope: the delegated scope the console asks for (empty: api://<audience>/access_as_user).')
param agentsEntraIdScope string = ''

@description('Agents:EntraId:Role: the app role that makes a user an agent (empty: ComplaintBot.Agent).')
param agentsEntraIdRole string = ''

@description('Agents:EntraId:GroupId: a security group that makes a user an agent, instead of the role.')
param agentsEntraIdGroupId string = ''

@description('Agents:EntraId:Instance: the Entra ID sign-in address (empty: https://login.microsoftonline.com/).')
param agentsEntraIdInstance string = ''

@description('Agents:LocalAccounts: agents may also sign in with a local name and password. Off by default once Entra ID is on.')
param agentsLocalAccounts bool = empty(agentsEntraIdClientId)

@description('Agents:Teams:ChannelId: the agents\' Teams channel (19:…@thread.tacv2) handoff cards go to; empty = off.')
param agentsTeamsChannelId string = ''

@description('Agents:Teams:ServiceUrl: the agents\' tenant\'s Teams service URL, e.g. https://smba.trafficmanager.net/emea/.')
param agentsTeamsServiceUrl string = ''

@description('Agents:Teams:TenantId: the agents\' Entra tenant id.')
param agentsTeamsTenantId string = ''

@description('SupportTeams:TeamsChannel:ServiceUrl: Teams service URL of the support team\'s region; empty = no Teams post.')
param supportTeamsChannelServiceUrl string = ''

@description('SupportTeams:TeamsChannel:ChannelId: the support team\'s channel (19:…@thread.tacv2).')
param supportTeamsChannelId string = ''

@description('SupportTeams:TeamsChannel:TenantId: the tenant of that channel.')
param supportTeamsChannelTenantId string = ''

@description('SupportTeams:TeamsChannel:ConversationId: instead of the channel id and tenant, an existing thread or group chat.')
param supportTeamsConversationId string = ''

@description('SupportTeams:Webhook:Url: HTTPS receiver of signed JSON; empty = no webhook.')
param supportWebhookUrl string = ''

@description('SupportTeams:Webhook:Secret: HMAC-SHA256 signing secret (32+ characters) for the webhook. Stored in Key Vault only.')
@secure()
param supportWebhookSecret string = ''

@description('SupportTeams:DigestTimeZone: IANA or Windows time zone of the daily digest (empty: UTC).')
param supportDigestTimeZone string = ''

@description('CheckIns:SupportContact: another way to reach a person (phone, e-mail, web form), offered when a fix did not work.')
param checkInsSupportContact string = ''

@description('CheckIns:DefaultTimeZone: time zone for quiet hours when the channel reports none (empty: UTC).')
param checkInsDefaultTimeZone string = ''

@description('Privacy:RetentionPeriod: how long personal data is kept after a complaint is resolved, as d.hh:mm:ss (empty: 365.00:00:00).')
param privacyRetentionPeriod string = ''

@description('Handoff:Format: BotFramework (the handoff.initiate event) or Omnichannel (Dynamics 365 Omnichannel escalation).')
@allowed([ 'BotFramework', 'Omnichannel' ])
param handoffFormat string = 'BotFramework'

// ---- database credentials ----
@description('PostgreSQL administrator login.')
param postgresAdministratorLogin string = 'complaintbot'

@description('PostgreSQL administrator password. Give it at deployment time; it only lands in Key Vault.')
@secure()
param postgresAdministratorPassword string

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: logAnalyticsName
    appInsightsName: appInsightsName
    location: location
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: postgresServerName
    location: location
    tags: tags
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    version: postgresVersion
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    highAvailability: postgresHighAvailability
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

module language 'modules/language.bicep' = {
  name: 'language'
  params: {
    name: languageAccountName
    location: location
    tags: tags
    sku: languageSku
    readerPrincipalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    postgresConnectionString: 'Host=${postgres.outputs.fullyQualifiedDomainName};Port=5432;Database=${postgres.outputs.databaseName};Username=${postgresAdministratorLogin};Password=${postgresAdministratorPassword};SSL Mode=VerifyFull'
    botAppPassword: botIdentityType == 'SingleTenant' ? botAppPassword : ''
    supportWebhookSecret: supportWebhookSecret
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

var botAppIdentity = botIdentityType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

// The bot's optional features as app settings ('__' is ':'); an empty value is left out so the bot's default applies.
var botFeatureSettings = filter([
  {
    name: 'Agents__EntraId__TenantId'
    value: agentsEntraIdTenantId
  }
  {
    name: 'Agents__EntraId__ClientId'
    value: agentsEntraIdClientId
  }
  {
    name: 'Agents__EntraId__Audience'
    value: agentsEntraIdAudience
  }
  {
    name: 'Agents__EntraId__Scope'
    value: agentsEntraIdScope
  }
  {
    name: 'Agents__EntraId__Role'
    value: agentsEntraIdRole
  }
  {
    name: 'Agents__EntraId__GroupId'
    value: agentsEntraIdGroupId
  }
  {
    name: 'Agents__EntraId__Instance'
    value: agentsEntraIdInstance
  }
  {
    name: 'Agents__LocalAccounts'
    value: agentsLocalAccounts ? 'true' : 'false'
  }
  {
    name: 'Agents__Teams__ChannelId'
    value: agentsTeamsChannelId
  }
  {
    name: 'Agents__Teams__ServiceUrl'
    value: agentsTeamsServiceUrl
  }
  {
    name: 'Agents__Teams__TenantId'
    value: agentsTeamsTenantId
  }
  {
    name: 'SupportTeams__TeamsChannel__ServiceUrl'
    value: supportTeamsChannelServiceUrl
  }
  {
    name: 'SupportTeams__TeamsChannel__ChannelId'
    value: supportTeamsChannelId
  }
  {
    name: 'SupportTeams__TeamsChannel__TenantId'
    value: supportTeamsChannelTenantId
  }
  {
    name: 'SupportTeams__TeamsChannel__ConversationId'
    value: supportTeamsConversationId
  }
  {
    name: 'SupportTeams__Webhook__Url'
    value: supportWebhookUrl
  }
  {
    name: 'SupportTeams__DigestTimeZone'
    value: supportDigestTimeZone
  }
  {
    name: 'CheckIns__SupportContact'
    value: checkInsSupportContact
  }
  {
    name: 'CheckIns__DefaultTimeZone'
    value: checkInsDefaultTimeZone
  }
  {
    name: 'Privacy__RetentionPeriod'
    value: privacyRetentionPeriod
  }
  {
    name: 'Handoff__Format'
    value: handoffFormat
  }
], setting => !empty(setting.value))

module app 'modules/appservice.bicep' = {
  name: 'appservice'
  params: {
    planName: appServicePlanName
    webAppName: webAppName
    location: location
    tags: tags
    skuName: appServicePlanSku
    instanceCount: appServiceInstanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    botIdentityType: botIdentityType
    botAppId: botAppIdentity
    keyVaultUri: keyVault.outputs.uri
    postgresSecretName: keyVault.outputs.postgresSecretName
    botCredentialEntryName: keyVault.outputs.botCredentialEntryName
    supportWebhookSecretName: empty(supportWebhookSecret) ? '' : keyVault.outputs.supportWebhookSecretName
    featureSettings: botFeatureSettings
    languageEndpoint: language.outputs.endpoint
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: botName
    tags: tags
    sku: botSku
    displayName: botDisplayName
    messagingEndpoint: 'https://${app.outputs.defaultHostName}/api/messages'
    appType: botIdentityType
    appId: botAppIdentity
    identityResourceId: identity.outputs.id
    webChatTrustedOrigins: webChatTrustedOrigins
  }
}

@description('The web app host name, for the Teams manifest ({{BOT_DOMAIN}}).')
output botDomain string = app.outputs.defaultHostName

@description('The messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('MicrosoftAppId: the Teams manifest\'s {{MICROSOFT_APP_ID}}.')
output microsoftAppId string = botAppIdentity

@description('Names the README\'s later steps use.')
output webAppName string = app.outputs.name
output botName string = bot.outputs.name
output keyVaultName string = keyVault.outputs.name
output postgresServerName string = postgres.outputs.name
output logAnalyticsWorkspaceName string = monitoring.outputs.logAnalyticsWorkspaceName
