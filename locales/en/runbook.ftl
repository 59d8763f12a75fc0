# Messages of runbook. Ids are kebab-case; arguments are snake_case.
