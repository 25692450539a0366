#pragma once

#include "app/session.h"
#include "io/tableexport.h"

#include <QList>
#include <QString>

class QComboBox;
class QWidget;

namespace youfu::ui {

// Small pieces the care and township registers share: the year and township filters and the
// export of a register to a file.

// "All years" then `years` and `thisYear` (newest first); keeps the chosen year if still
// there, else chooses `thisYear`. The item data is the year (0 = all).
void fillYearFilter(QComboBox* combo, QList<int> years, int thisYear);
// `allText` (data "") then the townships in official order; with `county` also "Whole
// county" (data "county").
void fillTownshipFilter(QComboBox* combo, core::Database& db, const QString& allText, bool county);

// Asks where to save, writes the register (xlsx or CSV by the name) and records the export in
// the audit log, then says where the file is. Returns the path written, or empty.
QString exportRegisterFile(QWidget* parent, const Session& session, const core::ExportTable& table,
                           const QString& listKey, const QString& baseName);

} // namespace youfu::ui
