#pragma once

#include "archive/archiveentry.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace youfu::core {

// Where the paper file stands.
enum class ArchiveState { InCustody, Closed, Transferred };
QString archiveStateKey(ArchiveState s); // "in_custody", stored
ArchiveState archiveStateFromKey(const QString& key);
QString archiveStateTitle(ArchiveState s);

// The archive's own data, changed through a revision that a second person verifies.
struct ArchiveData
{
    QString cabinet; // 柜
    QString box;     // 盒
    QString volume;  // 卷
    QString keeper;  // 保管人
    ArchiveState state = ArchiveState::InCustody;
    QString note;

    bool operator==(const ArchiveData& o) const
    {
        return cabinet == o.cabinet && box == o.box && volume == o.volume && keeper == o.keeper &&
               state == o.state && note == o.note;
    }
    bool operator!=(const ArchiveData& o) const { return !(*this == o); }
};

struct ArchiveRevision
{
    qint64 id = 0;
    qint64 archiveId = 0;
    ArchiveData data;
    EntryTrail trail;
};

// One person's archive file (档案): its number, given once and never again.
struct ArchiveFile
{
    qint64 id = 0;
    qint64 personId = 0;
    QString archiveNumber; // WG-YF-000123
    QDateTime createdAt;
    std::optional<ArchiveRevision> verified; // what counts
    std::optional<ArchiveRevision> pending;  // waiting for verification, or returned
    bool isOut = false;                      // lent and not yet back

    // The data to show: the verified revision, else the pending one (marked so by the window).
    ArchiveData current() const
    {
        if (verified)
            return verified->data;
        return pending ? pending->data : ArchiveData();
    }
};

} // namespace youfu::core
