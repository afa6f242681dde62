module github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers

go 1.25.13

require (
	cloud.google.com/go/compute v1.64.0
	cloud.google.com/go/resourcemanager v1.15.0
	github.com/Azure/azure-sdk-for-go/sdk/azcore v1.21.1
)
