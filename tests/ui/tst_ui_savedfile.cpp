// After a file is written for the clerk, a message says where it is, with the full path, and
// opens its folder or the file on request; it never blocks.
#include "report/officialdocument.h"
#include "widgets/printpreview.h"
#include "widgets/savedfile.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace youfu;

class TestUiSavedFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { ui::setSavedFileOpener({}); }
    void showsPathAndOpensFolderOrFile_data();
    void showsPathAndOpensFolderOrFile();
    void savingPdfSaysWhere();
};

void TestUiSavedFile::showsPathAndOpensFolderOrFile_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("folder");
    QTest::newRow("open folder") << "openFolder" << true;
    QTest::newRow("open file") << "openFile" << false;
}

void TestUiSavedFile::showsPathAndOpensFolderOrFile()
{
    QFETCH(QString, button);
    QFETCH(bool, folder);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("档案完整性统计.csv"));
    QList<QUrl> opened;
    ui::setSavedFileOpener([&](const QUrl& u) {
        opened << u;
        return true;
    });
    QWidget parent;
    QMessageBox* box = ui::showSavedFile(&parent, path);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(path)));
    auto* b = box->findChild<QPushButton*>(button);
    QVERIFY(b);
    b->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().toLocalFile(),
             folder ? QFileInfo(path).absolutePath() : QFileInfo(path).absoluteFilePath());
}

void TestUiSavedFile::savingPdfSaysWhere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("基本情况表.pdf"));
    core::OfficialDocument doc;
    doc.setTitle(QStringLiteral("优抚对象基本情况表"));
    doc.addDateLine(QDate(2026, 11, 29));
    QWidget parent;
    ui::PrintPreview preview(doc, QStringLiteral("基本情况表"), &parent);
    preview.setFileNameProvider([&](QWidget*, const QString&) { return path; });
    QVERIFY(preview.saveAsPdf());
    QVERIFY(QFileInfo::exists(path));
    auto* box = parent.findChild<QMessageBox*>(QStringLiteral("savedFile"));
    QVERIFY2(box, "saving a PDF says where it went");
    QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(path)));
    box->close();
}

QTEST_MAIN(TestUiSavedFile)
#include "tst_ui_savedfile.moc"
