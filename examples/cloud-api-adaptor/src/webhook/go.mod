module github.com/confidential-containers/cloud-api-adaptor/src/webhook

go 1.25.13

require (
	github.com/stretchr/testify v1.11.1
	k8s.io/api v0.35.2
	k8s.io/apimachinery v0.35.2
)
