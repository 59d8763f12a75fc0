# Messages of scan. Ids are kebab-case; arguments are snake_case.
