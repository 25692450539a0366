#pragma once

#include <QString>

class QWidget;

namespace youfu::ui {

// The program's file dialogs. Qt's own dialog is used everywhere (the same on every desktop),
// with file sizes in the clerk's units: Qt writes "1.2 MiB" from the system locale, which no
// translation catalogue covers; the clerk's Windows habit is "1.2 MB" and "356 字节".
QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                       const QString& filter = QString());
QString chooseOpenFile(QWidget* parent, const QString& title, const QString& folder,
                       const QString& filter = QString());
QString chooseFolder(QWidget* parent, const QString& title, const QString& folder = QString());

// "356 字节", "12.0 KB", "1.2 MB", "3.40 GB" (translated) — what the dialogs show as a size.
QString fileSizeText(qint64 bytes);

} // namespace youfu::ui
