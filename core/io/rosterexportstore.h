#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

class Database;

// One row of the re-importable roster: a person and ONE category held.
struct RosterExportRow
{
    qint64 personId = 0;
    qint64 personCategoryId = 0;
    QString name;
    QString sexKey; // "M" / "F"
    QString ethnicity;
    QString citizenId; // canonical; masked by the caller unless full numbers were asked for
    QDate birthDate;
    QString townshipName;
    QString villageName;
    QString address;
    QString phone; // decrypted, only when asked for
    bool keyPerson = false;
    QString riskNote;
    QString categoryName;
    QDate startDate;
    int grade = 0;
    QString nature;
    QString relation;
    QString servicemanName;
    QDate enlistedOn;
    QDate dischargedOn;
};

// Which rows: empty codes = every township, every category.
struct RosterExportFilter
{
    QString townshipCode;
    QString categoryCode;
};

// The SQL of the roster export (ExportList::Roster): the current categories of the active
// persons, in keyset pages on (person id, person-category id).
class RosterExportStore
{
public:
    explicit RosterExportStore(Database& db) : m_db(db) {}

    // Rows after (afterPerson, afterCategory) in that order; empty at the end.
    Result<QList<RosterExportRow>> page(const RosterExportFilter& filter, qint64 afterPerson,
                                        qint64 afterCategory, int limit, const QDate& today,
                                        bool withPhones) const;
    Result<qint64> count(const RosterExportFilter& filter, const QDate& today) const;

private:
    Database& m_db;
};

} // namespace youfu::core
