#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QMessageBox;
class QWidget;

namespace youfu::ui {

// After writing a file for the clerk: says where it is, with the full path, and offers
// 打开文件夹 / 打开文件 / 关闭. The message does not block (it is window-modal over `parent`
// and deletes itself when closed); it is returned so a test can press its buttons. Its object
// name is "savedFile".
QMessageBox* showSavedFile(QWidget* parent, const QString& path);

// Opens a folder or file with the system's program; tests replace it to see what would open.
// An empty function restores QDesktopServices::openUrl.
void setSavedFileOpener(std::function<bool(const QUrl&)> opener);

} // namespace youfu::ui
