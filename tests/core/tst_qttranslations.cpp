// In Chinese, Qt's own dialogs speak Chinese too: qtbase_zh_CN is loaded beside Youfu's catalog,
// and the words that catalog lacks (the file dialog's "Folder") come from Youfu.
#include "common/translations.h"

#include <QCoreApplication>
#include <QTest>

class TestQtTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { youfu::core::installTranslations(*qApp, QStringLiteral("zh_CN")); }
    void qtWordsInChinese_data();
    void qtWordsInChinese();
};

void TestQtTranslations::qtWordsInChinese_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("chinese");
    // From qtbase_zh_CN.qm (Debian qt6-translations-l10n).
    QTest::newRow("file dialog, Folder")
        << QByteArray("QFileDialog") << QByteArray("Folder") << QString::fromUtf8("文件夹");
    QTest::newRow("file dialog, New Folder")
        << QByteArray("QFileDialog") << QByteArray("New Folder") << QString::fromUtf8("新建文件夹");
    // Not in that catalog: the type column of the file list.
    QTest::newRow("type column, Folder") << QByteArray("QAbstractFileIconProvider")
                                         << QByteArray("Folder") << QString::fromUtf8("文件夹");
    // Youfu's own catalog still answers.
    QTest::newRow("Youfu's words") << QByteArray("youfu::core::PersonStore")
                                   << QByteArray("registered") << QString::fromUtf8("新登记");
}

void TestQtTranslations::qtWordsInChinese()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, chinese);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), chinese);
}

QTEST_GUILESS_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
