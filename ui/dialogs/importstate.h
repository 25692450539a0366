#pragma once

#include "io/rosterimport.h"

#include <QList>
#include <QString>

#include <optional>

namespace youfu::ui {

// What the steps of the import wizard hand on to each other.
struct ImportState
{
    QString path;
    QString formatName;
    QList<core::SheetRow> firstRows; // for the layout step
    QString layoutNote;              // why no header was found by itself, if it was not
    core::RosterLayout layout;
    core::ColumnMapping mapping;
    std::optional<core::RosterPreview> preview;
    std::optional<core::ImportCounts> counts; // after the commit
};

} // namespace youfu::ui
