#include "cli/cliio.h"
#include "cli/terminal.h"
#include "common/translations.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Papers (the disclosure's PDF) are drawn with Qt's fonts, which need a GUI application:
    // on the offscreen platform, so youfuctl never needs a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Youfu"));
    QCoreApplication::setApplicationName(QStringLiteral("Youfu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YOUFU_VERSION));
    youfu::core::installTranslations(app, qEnvironmentVariable("YOUFU_LANG"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    youfu::core::CliIo io;
    io.out = &out;
    io.err = &err;
    io.readSecret = youfu::core::readSecretLine;
    io.environmentDb = qEnvironmentVariable("YOUFU_DB");
    return youfu::core::runYoufuctl(app.arguments().mid(1), io);
}
