// A reference for the differential test (../go-oracle.test.ts): the code Helm 3 runs for `helm dependency
// update`, on Go's own encoding/json and sigs.k8s.io/yaml (go-yaml v2). The types and functions below are
// transcribed from helm.sh/helm/v3: pkg/chart/dependency.go (Dependency, Lock), pkg/chart/metadata.go
// (Metadata.Validate's dependency checks, sanitizeString), internal/resolver/resolver.go (HashReq) and
// pkg/downloader/manager.go (writeLock: yaml.Marshal of the lock). Helm itself is not packaged for Debian;
// the parts that are hard to imitate (YAML 1.1 loading, JSON encoding, YAML emitting) are the real ones.
//
// Input on stdin: a JSON list of {"chart": Chart.yaml text, "locked": [{name, repository, version}],
// "generated": RFC 3339 time}. Output: a JSON list of {"digest", "lock"} or {"error"}.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"
	"unicode"

	"sigs.k8s.io/yaml"
)

type Dependency struct {
	Name         string        `json:"name"`
	Version      string        `json:"version,omitempty"`
	Repository   string        `json:"repository"`
	Condition    string        `json:"condition,omitempty"`
	Tags         []string      `json:"tags,omitempty"`
	Enabled      bool          `json:"enabled,omitempty"`
	ImportValues []interface{} `json:"import-values,omitempty"`
	Alias        string        `json:"alias,omitempty"`
}

type Lock struct {
	Generated    time.Time     `json:"generated"`
	Digest       string        `json:"digest"`
	Dependencies []*Dependency `json:"dependencies"`
}

// The Chart.yaml fields this needs, with chart.Metadata's json tags.
type Metadata struct {
	APIVersion   string        `json:"apiVersion,omitempty"`
	Name         string        `json:"name,omitempty"`
	Version      string        `json:"version,omitempty"`
	AppVersion   string        `json:"appVersion,omitempty"`
	Dependencies []*Dependency `json:"dependencies,omitempty"`
}

var aliasNameFormat = regexp.MustCompile("^[a-zA-Z0-9_-]+$")

func sanitizeString(str string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		if unicode.IsPrint(r) {
			return r
		}
		return -1
	}, str)
}

func validate(md *Metadata) error {
	seen := map[string]*Dependency{}
	for _, d := range md.Dependencies {
		if d == nil {
			return fmt.Errorf("dependencies must not contain empty or null nodes")
		}
		d.Name = sanitizeString(d.Name)
		d.Version = sanitizeString(d.Version)
		d.Repository = sanitizeString(d.Repository)
		d.Condition = sanitizeString(d.Condition)
		for i := range d.Tags {
			d.Tags[i] = sanitizeString(d.Tags[i])
		}
		if d.Alias != "" && !aliasNameFormat.MatchString(d.Alias) {
			return fmt.Errorf("dependency %q has disallowed characters in the alias", d.Name)
		}
		key := d.Name
		if d.Alias != "" {
			key = d.Alias
		}
		if seen[key] != nil {
			return fmt.Errorf("more than one dependency with name or alias %q", key)
		}
		seen[key] = d
	}
	return nil
}

func hashReq(req, lock []*Dependency) (string, error) {
	data, err := json.Marshal([2][]*Dependency{req, lock})
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}

type input struct {
	Chart     string        `json:"chart"`
	Locked    []*Dependency `json:"locked"`
	Generated string        `json:"generated"`
}

type output struct {
	Digest string `json:"digest,omitempty"`
	Lock   string `json:"lock,omitempty"`
	Error  string `json:"error,omitempty"`
}

func run(in input) output {
	var md Metadata
	if err := yaml.Unmarshal([]byte(in.Chart), &md); err != nil {
		return output{Error: err.Error()}
	}
	if err := validate(&md); err != nil {
		return output{Error: err.Error()}
	}
	digest, err := hashReq(md.Dependencies, in.Locked)
	if err != nil {
		return output{Error: err.Error()}
	}
	generated, err := time.Parse(time.RFC3339Nano, in.Generated)
	if err != nil {
		return output{Error: err.Error()}
	}
	data, err := yaml.Marshal(&Lock{Generated: generated, Digest: digest, Dependencies: in.Locked})
	if err != nil {
		return output{Error: err.Error()}
	}
	return output{Digest: digest, Lock: string(data)}
}

func main() {
	var inputs []input
	if err := json.NewDecoder(os.Stdin).Decode(&inputs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	outputs := make([]output, len(inputs))
	for i, in := range inputs {
		outputs[i] = run(in)
	}
	if err := json.NewEncoder(os.Stdout).Encode(outputs); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
