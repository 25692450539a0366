#pragma once

#include "app/session.h"
#include "archive/archivefile.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// One person's archive file: its number and place, the documents with their scans and
// verification, what the person's categories require (present / pending / missing), lending,
// and the cover and catalogue prints. Self-contained, so the person editor can embed it:
//
//     auto* panel = new ArchivePanel(session, this);
//     panel->setPerson(personId);
class ArchivePanel : public QWidget
{
    Q_OBJECT
public:
    // Chooses a file to attach / a file name to save to; empty = cancelled. Tests inject them.
    using OpenChooser = std::function<QString(QWidget* parent)>;
    using SaveChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    explicit ArchivePanel(Session& session, QWidget* parent = nullptr);

    void setPerson(qint64 personId);
    qint64 personId() const { return m_personId; }
    void reload();

    void setOpenChooser(OpenChooser chooser) { m_openChooser = std::move(chooser); }
    void setSaveChooser(SaveChooser chooser) { m_saveChooser = std::move(chooser); }

    RecordTableModel* documentsModel() const { return m_documents; }
    RecordTableModel* requirementsModel() const { return m_requirements; }
    QTableView* documentsView() const { return m_documentsView; }
    // The id of the selected document entry, 0 if none.
    qint64 selectedDocumentId() const;
    bool selectDocument(qint64 documentId);

    // The actions, also reachable from the buttons (tests and the page's menu call them).
    void openArchive();
    void changeData();
    void addDocument();
    void changeDocument();
    void correctDocument();
    bool attachScan();
    void viewScan();
    bool verifyDocument();
    void returnDocument();
    void lend();
    void giveBack();
    void printCover();
    void printCatalogue();

Q_SIGNALS:
    void changed();                          // something was saved: lists elsewhere may refresh
    void statusMessage(const QString& message);

private:
    void updateButtons();
    bool report(const QString& title, const core::Status& status);
    QString chooseOpen();

    Session& m_session;
    qint64 m_personId = 0;
    std::optional<core::ArchiveFile> m_archive;
    OpenChooser m_openChooser;
    SaveChooser m_saveChooser;

    QLabel* m_heading = nullptr;
    QLabel* m_data = nullptr;
    QLabel* m_loan = nullptr;
    RecordTableModel* m_documents = nullptr;
    RecordTableModel* m_requirements = nullptr;
    QTableView* m_documentsView = nullptr;
    QTableView* m_requirementsView = nullptr;
    QListWidget* m_scans = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_view = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_lend = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_cover = nullptr;
    QPushButton* m_catalogue = nullptr;
};

} // namespace youfu::ui
