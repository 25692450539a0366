#include "cli/cliio.h"
#include "cli/terminal.h"
#include "common/translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
