# Messages of report. Ids are kebab-case; arguments are snake_case.
