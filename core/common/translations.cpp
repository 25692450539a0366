#include "common/translations.h"

#include "common/qtgapstranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace youfu::core {

void installTranslations(QCoreApplication& app, const QString& language)
{
    QLocale locale = QLocale::system();
    if (language == QLatin1String("zh_CN"))
        locale = QLocale(QLocale::Chinese, QLocale::China);
    else if (language == QLatin1String("en"))
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return;
    // The translator installed last is asked first: Youfu's words, then Qt's catalog, then the
    // gaps the catalog leaves.
    QCoreApplication::installTranslator(new QtGapsTranslator(&app));
    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/youfu_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString& name : {QStringLiteral("qtbase_zh_CN")}) {
        auto* qt = new QTranslator(&app);
        if (qt->load(name, qtDir))
            QCoreApplication::installTranslator(qt);
    }
}

} // namespace youfu::core
