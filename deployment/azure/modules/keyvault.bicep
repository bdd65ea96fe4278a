// Key Vault (RBAC) holding every secret the bot uses; App Service reads them through Key Vault references
// with the bot's managed identity (role Key Vault Secrets User). Values come from @secure() parameters at
// deployment time or from `az keyvault secret set`, never from this repository.
param name string
param location string
param tags object
param readerPrincipalId string
@secure()
param postgresConnectionString string
@description('Empty when the bot signs in with its managed identity: no secret is created then.')
@secure()
param botAppPassword string
@description('Empty when the support team gets no webhook: no secret is created then.')
@secure()
param supportWebhookSecret string
param logAnalyticsWorkspaceId string

// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
// Key Vault secret names allow letters, digits and '-': '--' stands for the configuration separator ':'.
var postgresSecretName = 'ConnectionStrings--Postgres'
var botCredentialEntryName = 'MicrosoftAppPassword'
var supportWebhookSecretName = 'SupportTeams--Webhook--Secret'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource postgresSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: postgresSecretName
  properties: {
    value: postgresConnectionString
    contentType: 'Npgsql connection string'
  }
}

resource botAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: botCredentialEntryName
  properties: {
    value: botAppPassword
    contentType: 'Entra app registration client secret'
  }
}

resource supportWebhookSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(supportWebhookSecret)) {
  parent: vault
  name: supportWebhookSecretName
  properties: {
    value: supportWebhookSecret
    contentType: 'HMAC-SHA256 signing secret of the support webhook'
  }
}

resource readerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
output postgresSecretName string = postgresSecretName
output botCredentialEntryName string = botCredentialEntryName
output supportWebhookSecretName string = supportWebhookSecretName
