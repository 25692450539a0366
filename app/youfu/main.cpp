#include "app/launcher.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Youfu"));
    QApplication::setApplicationName(QStringLiteral("Youfu"));
    QApplication::setApplicationVersion(QStringLiteral(YOUFU_VERSION));
    youfu::ui::Launcher launcher;
    return launcher.run(QApplication::arguments());
}
