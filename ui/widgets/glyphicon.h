#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace youfu::ui {

// A round badge with one character, the navigation's icons: crisp at any size, no image files.
QIcon glyphIcon(const QString& glyph, const QColor& color);

} // namespace youfu::ui
