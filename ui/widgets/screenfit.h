#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace youfu::ui {

// The smallest screen Youfu is laid out for: 1920×1080 at 150 % (1280×720 logical pixels)
// less a taskbar. Every page and dialog fits it; so does 1366×768 at 100 %.
inline constexpr QSize kSmallestScreen{1280, 680};

// Gives a top-level window its first size and place: the ones it had when last closed
// (remembered under `key` in QSettings), else `preferred` centred; either way never larger than
// the available area of the screen it opens on, so the title and status bars stay visible.
// The size and place are remembered again when the window closes.
void fitToScreen(QWidget* window, const QString& key, const QSize& preferred);

// Resizes a dialog to `preferred`, or less where the screen's available area is smaller.
void resizeWithinScreen(QWidget* dialog, const QSize& preferred);

} // namespace youfu::ui
