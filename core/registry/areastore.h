#pragma once

#include "common/result.h"
#include "registry/area.h"

#include <QList>

namespace youfu::core {

class Database;

// Townships and villages. The only SQL on those tables. The office's county is the setting
// SettingsStore::kCountyCode / kCountyName (default 430581 武冈市).
class AreaStore
{
public:
    explicit AreaStore(Database& db) : m_db(db) {}

    QList<Township> townships() const; // in official order
    QList<Village> villages(const QString& townshipCode) const;
    Result<Township> township(const QString& code) const;
    Result<Village> village(const QString& code) const;
    QString countyName() const; // the setting, default 武冈市
    QString countyCode() const; // the setting, default 430581

private:
    Database& m_db;
};

} // namespace youfu::core
