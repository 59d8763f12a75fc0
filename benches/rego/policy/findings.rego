# Every finding of the three rules, in one evaluation (the rules share lib's clusters, which are
# then worked out once).
package cmslint

import rego.v1

findings := (data.cmslint.top101.deny | data.cmslint.top103.warn) | data.cmslint.adm503.deny
