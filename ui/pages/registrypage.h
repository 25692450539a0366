#pragma once

#include "pages/page.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace youfu::ui {

class PersonEditor;
class RegistryModel;

// The registry of entitled persons: search as you type, filters, a lazily fetched table;
// double-click or Enter opens the person editor; the context menu opens the person or drafts a
// benefit application for them.
class RegistryPage : public Page
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 200;

    explicit RegistryPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Registry"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Daily; }
    bool openView(const QString& view) override;
    void refresh() override;

    RegistryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* countLabel() const { return m_count; }
    // The editor opened last (tests, and to raise it instead of opening a second one).
    PersonEditor* lastEditor() const;

    // Opens the editor of a person, or of a new one (id 0).
    PersonEditor* openPerson(qint64 personId);
    // Opens the draft application dialog with the person chosen already (modal).
    void draftApplication(qint64 personId, QWidget* over = nullptr);
    bool canDraft() const;
    // Applies the search box and filters now instead of after the typing pause.
    void applySearchNow();
    // 导入花名册…: the roster import wizard (modal); the list is reloaded after an import.
    void importRoster();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters();
    void applyQuery();
    void updateCount(qint64 count);
    void openCurrent();
    void showContextMenu(const QPoint& pos);
    void keepSortIndicator(int column, Qt::SortOrder order);

    RegistryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_keyOnly = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_import = nullptr; // only for those who may edit the registry
    QTimer* m_debounce = nullptr;
    QPointer<PersonEditor> m_lastEditor;

public:
    // Exports the list with the current search and filters (ExportDialog); true when saved.
    bool exportList();
    // Exports the re-importable roster (ExportList::Roster) of the township and category
    // chosen; true when saved.
    bool exportRoster();
};

} // namespace youfu::ui
