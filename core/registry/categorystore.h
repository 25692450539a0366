#pragma once

#include "common/result.h"
#include "registry/category.h"
#include "security/actor.h"

#include <QList>

namespace youfu::core {

class Database;

// The configurable table of categories. The only SQL on it.
class CategoryStore
{
public:
    explicit CategoryStore(Database& db) : m_db(db) {}

    QList<Category> all(bool includeInactive = false) const; // in display order
    Result<Category> byCode(const QString& code) const;
    // Adds or changes a category (section chief: it is part of the policy book's frame).
    Status save(const Actor& actor, const Category& category);

private:
    Database& m_db;
};

} // namespace youfu::core
