#pragma once

#include "app/session.h"
#include "dialogs/importstate.h"
#include "io/rosterimport.h"

#include <QWizard>

class QProgressDialog;

#include <atomic>
#include <functional>

namespace youfu::ui {

// 导入花名册: the wizard over core::RosterImport. File → where the header is → which column
// is what → preview (counts and every repaired, refused and skipped row) → commit, one audited
// transaction. Nothing is written before the clerk confirms; a cancel leaves the database as
// it was.
class ImportDialog : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        LayoutPage,
        MappingPage,
        PreviewPage,
        ResultPage
    };
    static constexpr int kFirstRows = 40; // rows shown for finding the header

    explicit ImportDialog(Session& session, QWidget* parent = nullptr);

    Session& session() { return m_session; }
    core::RosterImport& service() { return m_import; }
    ImportState& state() { return m_state; }

    // Opens the file: its format, first rows, layout and suggested mapping. The error in the
    // clerk's words when it cannot be read.
    core::Status loadFile(const QString& path);
    // Runs `work` with a progress dialog (Cancel sets the flag the service reads). False when
    // the clerk cancelled.
    bool runWithProgress(const QString& title,
                         const std::function<void(const core::ImportProgress&)>& work);
    bool isBusy() const { return m_busy; }
    // Persons written by the commit (0 before).
    qint64 importedCount() const { return m_state.counts ? m_state.counts->persons : 0; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // The progress dialog of a preview or commit has opened (tests press its Cancel).
    void progressShown(QProgressDialog* progress);

private:
    Session& m_session;
    core::RosterImport m_import;
    ImportState m_state;
    std::atomic_bool m_cancel{false};
    bool m_busy = false;
    bool m_closeWhenDone = false;
};

} // namespace youfu::ui
