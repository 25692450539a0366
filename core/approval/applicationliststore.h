#pragma once

#include "approval/application.h"
#include "common/result.h"
#include "security/actor.h"

#include <QList>
#include <QVariantList>
#include <optional>

namespace youfu::core {

class Database;

// Filters of the register of applications (审批登记簿). Empty = no filter.
struct ApplicationFilter
{
    std::optional<ApplicationType> type;
    std::optional<ApplicationState> state;
    int year = 0; // the year it was drafted
    qint64 personId = 0;
};

// Lists of applications: the inbox of a user and the register. Read-only SQL over the
// approval tables; the register is read in windows so long years scroll lightly.
class ApplicationListStore
{
public:
    explicit ApplicationListStore(Database& db) : m_db(db) {}

    // What waits for this user, oldest first: pending steps of the user's roles that the
    // user may sign, and for a clerk the applications returned to them and their drafts.
    // A list that cannot be read is an error, never an empty list.
    Result<QList<ApplicationRow>> inbox(const Actor& actor) const;
    Result<int> waitingCount(const Actor& actor) const;

    // The register, newest first, `limit` rows from `offset`.
    Result<QList<ApplicationRow>> page(const ApplicationFilter& filter, int offset,
                                       int limit) const;
    // The next `limit` rows of the register after `after`, the sort key of the last row read
    // (empty: from the start), which it then holds. Keyset paging: no row is walked twice.
    Result<QList<ApplicationRow>> pageAfter(const ApplicationFilter& filter, QVariantList* after,
                                            int limit) const;
    Result<int> count(const ApplicationFilter& filter) const;
    Result<QList<int>> years() const; // years that have applications, newest first
    // Applications whose number contains `text` ("0001", "2026〕0012"), newest first.
    Result<QList<ApplicationRow>> findByNumber(const QString& text, int limit) const;

private:
    Database& m_db;
};

} // namespace youfu::core
