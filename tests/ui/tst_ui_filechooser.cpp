// The program's file dialogs (issue 10): sizes in the clerk's units, never Qt's "MiB" from the
// system locale; the chosen path comes back.
#include "uidriver.h"
#include "widgets/filechooser.h"

#include <QAbstractItemView>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;

class TstUiFileChooser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizeText_data();
    void sizeText();
    void saveDialogShowsSizesInClerkUnits();
};

void TstUiFileChooser::sizeText_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 byte(s)");
    QTest::newRow("one") << qint64(1) << QStringLiteral("1 byte(s)");
    QTest::newRow("below a KB") << qint64(1023) << QStringLiteral("1023 byte(s)");
    QTest::newRow("a KB") << qint64(1024) << QStringLiteral("1.0 KB");
    QTest::newRow("12.5 KB") << qint64(12800) << QStringLiteral("12.5 KB");
    QTest::newRow("2 MB") << qint64(2 * 1024 * 1024) << QStringLiteral("2.0 MB");
    QTest::newRow("3.4 GB") << qint64(3650722202LL) << QStringLiteral("3.40 GB");
}

void TstUiFileChooser::sizeText()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(ui::fileSizeText(bytes), text);
}

void TstUiFileChooser::saveDialogShowsSizesInClerkUnits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("花名册.pdf")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(2 * 1024 * 1024));
    big.close();

    QStringList sizes;
    bool handled = false;
    test::whenDialogOpens<QFileDialog>(
        this,
        [&](QFileDialog* d) {
            auto* list = d->findChild<QAbstractItemView*>(QStringLiteral("treeView"));
            QVERIFY(list);
            QTRY_VERIFY(list->model()->rowCount(list->rootIndex()) > 0);
            for (int r = 0; r < list->model()->rowCount(list->rootIndex()); ++r)
                sizes << list->model()->index(r, 1, list->rootIndex()).data().toString();
            auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QStringLiteral("导出.pdf"));
            QMetaObject::invokeMethod(d, "accept");
        },
        &handled);
    const QString chosen =
        ui::chooseSaveFile(nullptr, QStringLiteral("Save"),
                           dir.filePath(QStringLiteral("导出.pdf")), QStringLiteral("PDF (*.pdf)"));
    QVERIFY(handled);
    QCOMPARE(sizes, QStringList{QStringLiteral("2.0 MB")});
    QCOMPARE(chosen, dir.filePath(QStringLiteral("导出.pdf")));
}

QTEST_MAIN(TstUiFileChooser)
#include "tst_ui_filechooser.moc"
