#include "widgets/archivepaperdata.h"

#include "archive/archivedocumentstore.h"
#include "common/isotime.h"
#include "registry/personstore.h"
#include "security/permission.h"
#include "security/sensitiveaccess.h"
#include "settings/settingsstore.h"

namespace youfu::ui {

core::Result<core::ArchivePaperData>
archivePaperData(Session& session, const core::ArchiveFile& archive, bool withParticulars)
{
    core::Database& db = *session.db;
    core::ArchivePaperData data;
    data.officeName = core::SettingsStore(db).officeName();
    data.archiveNumber = archive.archiveNumber;
    data.location = archive.current();
    data.openedOn = archive.createdAt.toLocalTime().date();
    data.printedOn = db.clock().today();
    if (core::Result<core::Person> p = core::PersonStore(db).byId(archive.personId)) {
        data.personName = p->name;
        data.sex = p->sex == core::Sex::Female ? QStringLiteral("女") : QStringLiteral("男");
        if (withParticulars) {
            // The full number only when the showing is on the record (a read-only database
            // or a refused permission leaves the mask).
            const bool full =
                core::isAllowed(session.actor.roles, core::Permission::RevealSensitive) &&
                core::recordReveal(db, session.actor, QStringLiteral("person"),
                                   QString::number(p->id), QStringLiteral("citizen_id"))
                    .isOk();
            data.citizenId = full ? p->citizenId : p->maskedCitizenId;
            data.birthDate = full ? core::chineseDate(p->birthDate)
                                  : QStringLiteral("%1年").arg(p->birthDate.year());
        }
        data.categories = p->categoriesSummary;
        data.township = p->townshipName + (p->villageName.isEmpty() ? QString() : p->villageName);
        data.address = p->address;
    }
    auto documents = core::ArchiveDocumentStore(db).verifiedDocumentsOf(archive.personId);
    if (!documents)
        return documents.status();
    data.documents = documents.takeValue();
    return data;
}

} // namespace youfu::ui
