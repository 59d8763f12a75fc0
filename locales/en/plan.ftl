# Messages of plan. Ids are kebab-case; arguments are snake_case.
