#!/bin/sh
# The namespace the api and workers use, and the custom search attributes ops filter on in the Temporal UI
# (SEARCH_ATTRIBUTES: "Name=Type ..." as libs/contracts SEARCH_ATTRIBUTE_REGISTRATIONS lists them; a test
# keeps the two equal). Idempotent: what exists is left as it is.
set -eu
: "${TEMPORAL_ADDRESS:?}" "${NAMESPACE:?}" "${SEARCH_ATTRIBUTES:?}"
export TEMPORAL_ADDRESS

if temporal operator namespace describe --namespace "$NAMESPACE" >/dev/null 2>&1; then
  echo "namespace ${NAMESPACE} exists"
else
  temporal operator namespace create --namespace "$NAMESPACE" --retention "${NAMESPACE_RETENTION:-30d}"
fi

for attribute in $SEARCH_ATTRIBUTES; do
  name=${attribute%%=*}
  type=${attribute#*=}
  attempt=1
  # A new namespace reaches the frontend's cache after a few seconds: until then creation is refused.
  until temporal operator search-attribute list --namespace "$NAMESPACE" | grep -qw "$name" ||
    temporal operator search-attribute create --namespace "$NAMESPACE" --name "$name" --type "$type"; do
    [ "$attempt" -ge 30 ] && { echo "search attribute ${name} could not be created" >&2; exit 1; }
    attempt=$((attempt + 1))
    sleep 2
  done
  echo "search attribute ${name} (${type}) registered"
done
