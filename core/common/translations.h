#pragma once

#include <QString>

class QCoreApplication;

namespace youfu::core {

// Installs Youfu's and Qt's own translations. language: "" or "system" follows the system
// locale; "zh_CN" or "en" forces one.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace youfu::core
