module github.com/confidential-containers/cloud-api-adaptor/src/cloud-api-adaptor

go 1.25.13

require (
	github.com/aws/aws-sdk-go-v2/service/iam v1.54.5
	github.com/aws/aws-sdk-go-v2/service/s3 v1.104.0
	github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers v0.0.0-00010101000000-000000000000
	github.com/confidential-containers/cloud-api-adaptor/src/peerpod-ctrl v0.0.0-00010101000000-000000000000
	github.com/fenglyu/go-dmidecode v0.0.0-20220417074508-03f52eb45fe9
)

require github.com/oklog/ulid/v2 v2.1.2 // indirect

replace github.com/confidential-containers/cloud-api-adaptor/src/cloud-providers => ../cloud-providers

replace github.com/confidential-containers/cloud-api-adaptor/src/peerpod-ctrl => ../peerpod-ctrl
