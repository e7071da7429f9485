#include "importmappingpage.h"

#include "importwizard.h"

#include "../models/domain/entityinfo.h"
#include "../models/domain/enums.h"
#include "../models/domain/plaintext.h"
#include "../models/io/valueparser.h"

#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>

namespace hubdesk {

namespace {

constexpr int sampleWidth = 280; // pixels of a sample value before it is elided

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Which column fills which field"));

    m_automatic = new QLabel(this);
    m_automatic->setObjectName(QStringLiteral("automaticMapping"));
    m_automatic->setWordWrap(true);
    m_automatic->setTextFormat(Qt::PlainText);

    m_rows = new QWidget;
    m_grid = new QGridLayout(m_rows);
    m_grid->setColumnStretch(3, 1); // the boxes keep their width; the space is left over
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    auto *fixedGroup = new QGroupBox(tr("Values for every row"), this);
    m_fixedField = new QComboBox(fixedGroup);
    m_fixedField->setObjectName(QStringLiteral("fixedField"));
    m_fixedField->setAccessibleName(tr("Field given a value for every row"));
    m_fixedValue = new QComboBox(fixedGroup);
    m_fixedValue->setObjectName(QStringLiteral("fixedValue"));
    m_fixedValue->setAccessibleName(tr("The value for every row"));
    m_fixedValue->setEditable(true);
    m_fixedValue->setInsertPolicy(QComboBox::NoInsert);
    m_fixedValue->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_fixedValue->lineEdit()->setPlaceholderText(tr("The value, as the file would write it"));
    m_addFixed = new QPushButton(tr("&Add"), fixedGroup);
    m_addFixed->setAccessibleName(tr("Add the value for every row"));
    m_fixedList = new QListWidget(fixedGroup);
    m_fixedList->setObjectName(QStringLiteral("fixedList"));
    m_fixedList->setAccessibleName(tr("Values given to every row"));
    m_fixedList->setMaximumHeight(m_fixedList->fontMetrics().height() * 4 + 12);
    m_removeFixed = new QPushButton(tr("&Remove"), fixedGroup);
    m_removeFixed->setAccessibleName(tr("Remove the selected value for every row"));
    m_removeFixed->setEnabled(false);
    m_fixedError = new QLabel(fixedGroup);
    m_fixedError->setWordWrap(true);
    m_fixedError->setTextFormat(Qt::PlainText);
    m_fixedError->hide();
    auto *valueLabel = new QLabel(tr("&is"), fixedGroup);
    valueLabel->setBuddy(m_fixedValue);
    auto *fieldLabel = new QLabel(tr("&Field"), fixedGroup);
    fieldLabel->setBuddy(m_fixedField);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(fieldLabel);
    addRow->addWidget(m_fixedField);
    addRow->addWidget(valueLabel);
    addRow->addWidget(m_fixedValue, 1);
    addRow->addWidget(m_addFixed);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_fixedList, 1);
    listRow->addWidget(m_removeFixed, 0, Qt::AlignTop);
    auto *fixedLayout = new QVBoxLayout(fixedGroup);
    fixedLayout->addLayout(addRow);
    fixedLayout->addWidget(m_fixedError);
    fixedLayout->addLayout(listRow);

    connect(m_fixedField, &QComboBox::currentIndexChanged, this, &ImportMappingPage::fixedFieldChanged);
    connect(m_addFixed, &QPushButton::clicked, this,
            [this] { addFixed(m_fixedField->currentData().toString(), m_fixedValue->currentText()); });
    // Enter in the value adds it (and does not press Next, the wizard's default button).
    m_fixedValue->installEventFilter(this);
    m_fixedValue->lineEdit()->installEventFilter(this);
    connect(m_removeFixed, &QPushButton::clicked, this, &ImportMappingPage::removeFixed);
    connect(m_fixedList, &QListWidget::currentRowChanged, this, [this](int row) { m_removeFixed->setEnabled(row >= 0); });

    m_problemIcon = new QLabel(this);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(icon, icon));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon, 0, Qt::AlignTop);
    problemRow->addWidget(m_problems, 1);

    for (QPushButton *b : {m_addFixed, m_removeFixed})
        b->setAutoDefault(false);
    auto *save = new QPushButton(tr("&Save mapping…"), this);
    save->setAccessibleName(tr("Save this mapping to a file"));
    auto *load = new QPushButton(tr("&Load mapping…"), this);
    load->setAccessibleName(tr("Load a mapping saved before"));
    const auto folder = [] {
        return QSettings().value(QStringLiteral("import/mappingFolder"), QDir::homePath()).toString();
    };
    connect(save, &QPushButton::clicked, this, [this, folder] {
        const QString suggested = QDir(folder()).filePath(QFileInfo(m_wizard->plan().path).completeBaseName()
                                                          + QStringLiteral("-mapping.json"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"), suggested,
                                                          tr("Import mappings (*.json)"));
        if (!path.isEmpty() && saveMapping(path))
            QSettings().setValue(QStringLiteral("import/mappingFolder"), QFileInfo(path).absolutePath());
    });
    connect(load, &QPushButton::clicked, this, [this, folder] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping"), folder(),
                                                          tr("Import mappings (*.json);;All files (*)"));
        if (!path.isEmpty() && loadMapping(path))
            QSettings().setValue(QStringLiteral("import/mappingFolder"), QFileInfo(path).absolutePath());
    });
    save->setAutoDefault(false);
    load->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(load);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_automatic);
    layout->addWidget(scroll, 1);
    layout->addWidget(fixedGroup);
    layout->addLayout(problemRow);
    layout->addLayout(buttons);
}

bool ImportMappingPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_fixedValue || watched == m_fixedValue->lineEdit()) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_addFixed->click();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

QString ImportMappingPage::automaticText() const
{
    return m_automatic->text();
}

QString ImportMappingPage::problemsText() const
{
    return m_problems->text();
}

QString ImportMappingPage::fixedErrorText() const
{
    return m_fixedError->isHidden() ? QString() : m_fixedError->text();
}

void ImportMappingPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    const QStringList header = plan.hasHeader && !plan.sample.isEmpty() ? plan.sample.constFirst() : QStringList();
    // Coming back from a later step keeps what was chosen; another file, target or
    // header starts again from the headers.
    const QString builtFor = QStringList{plan.path, Entities::info(plan.target).key, plan.sheet,
                                         QString::number(plan.columnCount), header.join(QChar(0))}
                                 .join(QChar(1));
    if (builtFor != m_builtFor) {
        m_builtFor = builtFor;
        ImportPlan &p = m_wizard->plan();
        p.mapping = ImportMapping::automatic(plan.target, header);
        p.mapping.hasHeader = plan.hasHeader;
        const QString layout = plan.target == EntityType::Person ? ImportMapping::contactLayout(header) : QString();
        if (!plan.hasHeader)
            m_automatic->setText(tr("The file has no header row: choose the field each column fills."));
        else if (!layout.isEmpty())
            m_automatic->setText(tr("%1 layout recognised: its columns are matched to people's fields (%2 of %3 columns).")
                                     .arg(layout)
                                     .arg(p.mapping.columns.size())
                                     .arg(plan.columnCount));
        else
            m_automatic->setText(tr("%1 of %2 columns were matched to fields by their header. Check them, and choose "
                                    "a field for the others or leave them out.")
                                     .arg(p.mapping.columns.size())
                                     .arg(plan.columnCount));
        rebuild();
    }
    m_wizard->plan().mapping.hasHeader = plan.hasHeader;
    setSubTitle(tr("Into %1. Columns left “not imported” are left out; a field without a column can get one "
                   "value for every row.")
                    .arg(ImportWizard::targetLabel(plan.target).toLower()));
    updateProblems();
}

bool ImportMappingPage::isComplete() const
{
    const ImportPlan &plan = m_wizard->plan();
    return plan.mapping.problems(plan.columnCount).isEmpty();
}

void ImportMappingPage::rebuild()
{
    const ImportPlan &plan = m_wizard->plan();
    const EntityInfo &info = Entities::info(plan.target);
    const QStringList fields = ImportMapping::importableFields(plan.target);
    const QVariantHash defaults = Entities::defaults(plan.target);

    // The rows of the previous file go, with their boxes.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fieldBoxes.clear();
    const auto heading = [this](const QString &text, int column) {
        auto *label = new QLabel(text, m_rows);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_grid->addWidget(label, 0, column);
    };
    heading(tr("Column of the file"), 0);
    heading(plan.hasHeader ? tr("First value") : tr("Value in the first row"), 1);
    heading(tr("Imported into"), 2);
    const QStringList header = plan.hasHeader && !plan.sample.isEmpty() ? plan.sample.constFirst() : QStringList();
    const int firstData = plan.hasHeader ? 1 : 0;
    for (int c = 0; c < plan.columnCount; ++c) {
        const QString name = header.value(c).trimmed().isEmpty() ? tr("Column %1").arg(c + 1)
                                                                 : tr("%1 (column %2)").arg(header.value(c).trimmed(), QString::number(c + 1));
        QString sample;
        for (qsizetype r = firstData; r < plan.sample.size() && sample.isEmpty(); ++r)
            sample = plan.sample.at(r).value(c).trimmed();
        auto *nameLabel = new QLabel(name, m_rows);
        nameLabel->setTextFormat(Qt::PlainText);
        auto *sampleLabel = new QLabel(nameLabel->fontMetrics().elidedText(sample, Qt::ElideRight, sampleWidth), m_rows);
        sampleLabel->setTextFormat(Qt::PlainText);
        sampleLabel->setToolTip(PlainText::toolTip(sample));
        sampleLabel->setForegroundRole(QPalette::PlaceholderText);
        auto *box = new QComboBox(m_rows);
        box->setObjectName(QStringLiteral("field%1").arg(c + 1));
        box->setAccessibleName(tr("Field for %1").arg(name));
        box->addItem(tr("— not imported —"), QString());
        for (const QString &key : fields) {
            const Field *f = info.field(key);
            const bool required = f->required && !defaults.contains(key);
            box->addItem(required ? tr("%1 (required)").arg(f->translatedLabel()) : f->translatedLabel(), key);
        }
        box->setMaxVisibleItems(20);
        box->setMinimumContentsLength(24);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        nameLabel->setBuddy(box);
        m_grid->addWidget(nameLabel, c + 1, 0);
        m_grid->addWidget(sampleLabel, c + 1, 1);
        m_grid->addWidget(box, c + 1, 2);
        m_fieldBoxes.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, c, box] {
            if (m_filling)
                return;
            const QString key = box->currentData().toString();
            if (key.isEmpty())
                m_wizard->plan().mapping.columns.remove(c);
            else
                m_wizard->plan().mapping.columns.insert(c, key);
            updateProblems();
        });
    }
    m_grid->setRowStretch(plan.columnCount + 1, 1);

    m_filling = true;
    m_fixedField->clear();
    for (const QString &key : fields) {
        const Field *f = info.field(key);
        m_fixedField->addItem(f->translatedLabel(), key);
    }
    m_filling = false;
    fixedFieldChanged();
    fillRows();
    fillFixed();
}

void ImportMappingPage::fillRows()
{
    const ImportMapping &mapping = m_wizard->plan().mapping;
    m_filling = true;
    for (int c = 0; c < m_fieldBoxes.size(); ++c) {
        QComboBox *box = m_fieldBoxes.at(c);
        const int index = box->findData(mapping.columns.value(c));
        box->setCurrentIndex(std::max(index, 0));
    }
    m_filling = false;
}

void ImportMappingPage::fillFixed()
{
    const ImportPlan &plan = m_wizard->plan();
    const EntityInfo &info = Entities::info(plan.target);
    m_fixedList->clear();
    QStringList keys = plan.mapping.fixed.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const Field *f = info.field(key);
        auto *item = new QListWidgetItem(tr("%1 = %2").arg(f ? f->translatedLabel() : key, plan.mapping.fixed.value(key)),
                                         m_fixedList);
        item->setData(Qt::UserRole, key);
    }
    m_removeFixed->setEnabled(false);
}

void ImportMappingPage::setField(int column, const QString &key)
{
    if (QComboBox *box = fieldBox(column))
        box->setCurrentIndex(std::max(box->findData(key), 0));
}

void ImportMappingPage::fixedFieldChanged()
{
    if (m_filling)
        return;
    // Values of a list are offered as the list has them; anything else is typed.
    m_fixedValue->clear();
    const Field *f = Entities::info(m_wizard->plan().target).field(m_fixedField->currentData().toString());
    if (f && f->type == FieldType::Enum) {
        for (const QString &key : Enums::keys(f->enumType))
            m_fixedValue->addItem(Enums::label(f->enumType, key));
    } else if (f && f->type == FieldType::Bool) {
        m_fixedValue->addItems({tr("yes"), tr("no")});
    }
    m_fixedValue->setCurrentText(f ? m_wizard->plan().mapping.fixed.value(f->key) : QString());
    m_fixedError->hide();
}

bool ImportMappingPage::addFixed(const QString &key, const QString &text)
{
    ImportPlan &plan = m_wizard->plan();
    const Field *f = Entities::info(plan.target).field(key);
    if (!f)
        return false;
    QString problem;
    if (text.trimmed().isEmpty()) {
        problem = tr("Type the value “%1” should have in every row.").arg(f->translatedLabel());
    } else if (f->type != FieldType::Reference) {
        // Checked now as the importer will read it, rather than once per row later.
        const ValueParser parser;
        parser.parse(*f, text, &problem);
        if (!problem.isEmpty())
            problem = tr("%1: %2.").arg(f->translatedLabel(), problem);
    }
    if (!problem.isEmpty()) {
        m_fixedError->setText(problem);
        m_fixedError->show();
        return false;
    }
    m_fixedError->hide();
    plan.mapping.fixed.insert(key, text.trimmed());
    fillFixed();
    updateProblems();
    return true;
}

void ImportMappingPage::removeFixed()
{
    const QListWidgetItem *item = m_fixedList->currentItem();
    if (!item)
        return;
    m_wizard->plan().mapping.fixed.remove(item->data(Qt::UserRole).toString());
    fillFixed();
    updateProblems();
}

void ImportMappingPage::updateProblems()
{
    const ImportPlan &plan = m_wizard->plan();
    const QStringList problems = plan.mapping.problems(plan.columnCount);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_problemIcon->setVisible(!problems.isEmpty());
    emit completeChanged();
}

void ImportMappingPage::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool ImportMappingPage::saveMapping(const QString &path)
{
    if (Error e = m_wizard->plan().mapping.save(path)) {
        showError(tr("Cannot save the mapping"), e.message);
        return false;
    }
    return true;
}

bool ImportMappingPage::loadMapping(const QString &path)
{
    ImportPlan &plan = m_wizard->plan();
    ImportMapping mapping;
    if (Error e = ImportMapping::load(path, &mapping)) {
        // Some messages name the file already; the title always does.
        showError(tr("Cannot load the mapping “%1”").arg(QFileInfo(path).fileName()), e.message);
        return false;
    }
    if (mapping.target != plan.target) {
        showError(tr("Cannot load the mapping “%1”").arg(QFileInfo(path).fileName()),
                  tr("The mapping “%1” is for %2, and this file is imported into %3.")
                      .arg(QDir::toNativeSeparators(path), ImportWizard::targetLabel(mapping.target).toLower(),
                           ImportWizard::targetLabel(plan.target).toLower()));
        return false;
    }
    // The file's own first row decides about the header (the preview showed it). Columns
    // this file does not have, or fields the target does not have, cannot be shown in the
    // boxes, so they are left out, and said so.
    mapping.hasHeader = plan.hasHeader;
    const QStringList fields = ImportMapping::importableFields(plan.target);
    QStringList missing;
    for (auto it = mapping.columns.begin(); it != mapping.columns.end();) {
        if (it.key() >= plan.columnCount || !fields.contains(it.value())) {
            missing.append(QString::number(it.key() + 1));
            it = mapping.columns.erase(it);
        } else {
            ++it;
        }
    }
    std::sort(missing.begin(), missing.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    plan.mapping = mapping;
    fillRows();
    fillFixed();
    fixedFieldChanged();
    m_automatic->setText(missing.isEmpty()
                             ? tr("The mapping “%1” was loaded.").arg(QFileInfo(path).fileName())
                             : tr("The mapping “%1” was loaded. It maps columns %2, which this file does not have (or to "
                                  "fields that are not imported): they are left out.")
                                   .arg(QFileInfo(path).fileName(), missing.join(QStringLiteral(", "))));
    updateProblems();
    return true;
}

} // namespace hubdesk
