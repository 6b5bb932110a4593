#!/usr/bin/env bash
# Keeps ONE open issue for a weekly check, found by its label: opens it (or
# replaces its body) while the check finds something, and closes it, with
# the last report as a comment, once the check finds nothing.
# Used by upgrade-check.yml and external-links.yml.
#
# usage: ISSUE_LABEL=... ISSUE_TITLE=... ISSUE_DESCRIPTION=... keep-one-issue.sh open|close <report.md>
# Needs gh with GH_TOKEN allowed to write issues.
set -euo pipefail

state=${1:?usage: keep-one-issue.sh open|close <report.md>}
report=${2:?usage: keep-one-issue.sh open|close <report.md>}
if [ "$state" != open ] && [ "$state" != close ]; then
  echo "keep-one-issue: the first argument must be open or close, not \"$state\"" >&2
  exit 2
fi
: "${ISSUE_LABEL:?set ISSUE_LABEL: the label that finds the issue}"
: "${ISSUE_TITLE:?set ISSUE_TITLE: the title of a new issue}"
: "${ISSUE_DESCRIPTION:?set ISSUE_DESCRIPTION: what the label means}"

gh label create "$ISSUE_LABEL" --color d93f0b --description "$ISSUE_DESCRIPTION" --force
issue=$(gh issue list --label "$ISSUE_LABEL" --state open --limit 1 --json number --jq '.[0].number // empty')
case "$state" in
  open)
    if [ -n "$issue" ]; then
      gh issue edit "$issue" --body-file "$report"
    else
      gh issue create --title "$ISSUE_TITLE" --label "$ISSUE_LABEL" --body-file "$report"
    fi
    ;;
  close)
    if [ -n "$issue" ]; then
      gh issue close "$issue" --comment "$(cat "$report")"
    fi
    ;;
esac
