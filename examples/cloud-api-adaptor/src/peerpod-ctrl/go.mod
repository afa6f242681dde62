module github.com/confidential-containers/cloud-api-adaptor/src/peerpod-ctrl

go 1.25.13

require (
	github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers v0.0.0-00010101000000-000000000000
	github.com/onsi/ginkgo/v2 v2.27.2
	github.com/onsi/gomega v1.38.2
)

replace github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers => ../cloud-providers
