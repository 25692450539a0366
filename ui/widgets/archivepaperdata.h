#pragma once

#include "app/session.h"
#include "archive/archivefile.h"
#include "archive/archivepapers.h"
#include "common/result.h"

namespace youfu::ui {

// What the archive cover and catalogue print. The cover shows the full citizen ID and birth
// date only to whoever may reveal them, and then the showing is audited ("sensitive.reveal");
// otherwise the masked number beside the year of birth only, so the date cannot fill in the
// stars. `withParticulars` false (the catalogue): neither is filled in.
core::Result<core::ArchivePaperData>
archivePaperData(Session& session, const core::ArchiveFile& archive, bool withParticulars = true);

} // namespace youfu::ui
