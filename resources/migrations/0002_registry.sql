-- The registry of entitled persons (优抚对象): areas, categories, persons, their categories and
-- status history, the search index. Portable SQL except the FTS5 table and its triggers (on
-- PostgreSQL a pg_trgm index on the same columns takes its place).

CREATE TABLE townships (
    code        TEXT PRIMARY KEY,              -- 9-digit statistical code, 430581001
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('street', 'town', 'township')),
    county_code TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE villages (
    code          TEXT PRIMARY KEY,            -- 12-digit statistical code, 430581001001
    township_code TEXT NOT NULL REFERENCES townships(code),
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('village', 'community')),
    sort_order    INTEGER NOT NULL DEFAULT 0,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX villages_township ON villages (township_code, sort_order);

-- Which details a category asks for: disability (grade, nature), survivor (relation to the
-- serviceman, his name), service (enlistment and discharge dates); min_age for age-bound ones.
CREATE TABLE categories (
    code             TEXT PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    needs_disability INTEGER NOT NULL DEFAULT 0 CHECK (needs_disability IN (0, 1)),
    needs_survivor   INTEGER NOT NULL DEFAULT 0 CHECK (needs_survivor IN (0, 1)),
    needs_service    INTEGER NOT NULL DEFAULT 0 CHECK (needs_service IN (0, 1)),
    min_age          INTEGER NOT NULL DEFAULT 0,
    sort_order       INTEGER NOT NULL DEFAULT 0,
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Phone and bank account are stored encrypted (FieldCipher); phone_index is a keyed hash of
-- the phone's digits so an exact number can be found. categories_summary is kept by the store
-- for the list, so a page of rows needs no join.
CREATE TABLE persons (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    sex                TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    ethnicity          TEXT NOT NULL,
    citizen_id         TEXT NOT NULL UNIQUE,
    birth_date         TEXT NOT NULL,
    phone_enc          TEXT NOT NULL DEFAULT '',
    phone_index        TEXT NOT NULL DEFAULT '',
    township_code      TEXT NOT NULL REFERENCES townships(code),
    village_code       TEXT REFERENCES villages(code),
    address            TEXT NOT NULL DEFAULT '',
    bank_name          TEXT NOT NULL DEFAULT '',
    bank_account_enc   TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'suspended', 'deceased', 'moved')),
    status_since       TEXT NOT NULL,
    status_reason      TEXT NOT NULL DEFAULT '',
    key_person         INTEGER NOT NULL DEFAULT 0 CHECK (key_person IN (0, 1)),
    risk_note          TEXT NOT NULL DEFAULT '',
    categories_summary TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         INTEGER REFERENCES users(id),
    updated_at         TEXT NOT NULL
);
-- One index per sort column (id breaks ties) and per filter; the substr() indexes let 1- and
-- 2-character terms find a given name by range scans (trigram search needs 3 characters).
CREATE INDEX persons_name ON persons (name, id);
CREATE INDEX persons_name2 ON persons (substr(name, 2));
CREATE INDEX persons_name3 ON persons (substr(name, 3));
CREATE INDEX persons_name4 ON persons (substr(name, 4));
CREATE INDEX persons_birth ON persons (birth_date, id);
CREATE INDEX persons_township ON persons (township_code, name, id);
CREATE INDEX persons_village ON persons (village_code, name, id);
CREATE INDEX persons_status ON persons (status, name, id);
CREATE INDEX persons_key ON persons (key_person, name, id);
CREATE INDEX persons_phone ON persons (phone_index);

CREATE TABLE person_categories (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES persons(id),
    category_code   TEXT NOT NULL REFERENCES categories(code),
    start_date      TEXT NOT NULL,
    end_date        TEXT,
    end_reason      TEXT NOT NULL DEFAULT '',
    grade           INTEGER CHECK (grade IS NULL OR grade BETWEEN 1 AND 10),
    nature          TEXT CHECK (nature IS NULL OR nature IN ('因战', '因公', '因病')),
    relation        TEXT,
    serviceman_name TEXT,
    enlisted_on     TEXT,
    discharged_on   TEXT,
    created_at      TEXT NOT NULL,
    created_by      INTEGER REFERENCES users(id)
);
CREATE INDEX person_categories_person ON person_categories (person_id, category_code);
CREATE INDEX person_categories_code ON person_categories (category_code, end_date, person_id);

-- Every status a person has had, with its date and reason; persons are never deleted.
CREATE TABLE person_status_changes (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES persons(id),
    status      TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'deceased', 'moved')),
    since       TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users(id)
);
CREATE INDEX person_status_changes_person ON person_status_changes (person_id, id);

CREATE TRIGGER persons_no_delete BEFORE DELETE ON persons
BEGIN
    SELECT RAISE(ABORT, 'persons are never deleted; change their status instead');
END;

-- The check value of the field key (the key itself lives in "<db>.key" beside the file).
CREATE TABLE field_cipher (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key_check  TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Trigram full-text index over name, citizen ID and village name (rowid = person id). The
-- stores keep it in step: with trusted_schema=OFF a trigger may not write a virtual table.
CREATE VIRTUAL TABLE person_fts USING fts5(name, citizen_id, village, tokenize = 'trigram');

INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('disabled_serviceman', '残疾军人', 1, 0, 0, 0, 1);
INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('martyr_survivor', '烈士遗属', 0, 1, 0, 0, 2);
INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('duty_death_survivor', '因公牺牲军人遗属', 0, 1, 0, 0, 3);
INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('illness_death_survivor', '病故军人遗属', 0, 1, 0, 0, 4);
INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('war_veteran', '参战退役人员', 0, 0, 1, 0, 5);
INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('nuclear_test_veteran', '参试/涉核退役人员', 0, 0, 1, 0, 6);
INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('sick_returned_veteran', '带病回乡退伍军人', 0, 0, 1, 0, 7);
INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('rural_veteran_60', '农村籍退役士兵(60周岁以上)', 0, 0, 1, 60, 8);
INSERT INTO categories (code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order) VALUES ('serving_family', '现役军人家属', 0, 1, 0, 0, 9);

-- Demo and default data: Wugang (武冈市, 430581), its 18 townships (official codes) and a few
-- plausible villages and communities each (names made up for demonstration, codes in the
-- statistical pattern: 0xx residents' committees, 2xx villagers' committees).
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581001', '辕门口街道', 'street', '430581', 1);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581002', '迎春亭街道', 'street', '430581', 2);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581003', '法相岩街道', 'street', '430581', 3);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581004', '水西门街道', 'street', '430581', 4);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581100', '邓元泰镇', 'town', '430581', 5);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581101', '湾头桥镇', 'town', '430581', 6);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581102', '文坪镇', 'town', '430581', 7);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581103', '荆竹铺镇', 'town', '430581', 8);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581104', '稠树塘镇', 'town', '430581', 9);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581105', '邓家铺镇', 'town', '430581', 10);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581106', '龙溪镇', 'town', '430581', 11);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581107', '司马冲镇', 'town', '430581', 12);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581108', '秦桥镇', 'town', '430581', 13);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581109', '双牌镇', 'town', '430581', 14);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581110', '大甸镇', 'town', '430581', 15);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581204', '马坪乡', 'township', '430581', 16);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581205', '晏田乡', 'township', '430581', 17);
INSERT INTO townships (code, name, kind, county_code, sort_order) VALUES ('430581207', '水浸坪乡', 'township', '430581', 18);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581001001', '430581001', '东塔社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581001002', '430581001', '玉带社区', 'community', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581001003', '430581001', '新东社区', 'community', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581001004', '430581001', '辕门口社区', 'community', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581002001', '430581002', '迎春亭社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581002002', '430581002', '红旗社区', 'community', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581002003', '430581002', '春光社区', 'community', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581002201', '430581002', '花塘村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581003001', '430581003', '法相岩社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581003002', '430581003', '云山社区', 'community', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581003003', '430581003', '水口社区', 'community', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581003201', '430581003', '资江村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581004001', '430581004', '水西门社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581004002', '430581004', '双龙社区', 'community', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581004003', '430581004', '建新社区', 'community', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581004201', '430581004', '龙田村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581100001', '430581100', '邓元泰社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581100201', '430581100', '高桥村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581100202', '430581100', '塘田村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581100203', '430581100', '合心村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581101001', '430581101', '湾头桥社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581101201', '430581101', '白羊村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581101202', '430581101', '大坪村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581101203', '430581101', '新建村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581102001', '430581102', '文坪社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581102201', '430581102', '杨柳村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581102202', '430581102', '石羊村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581102203', '430581102', '茶山村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581103001', '430581103', '荆竹铺社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581103201', '430581103', '万福村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581103202', '430581103', '竹山村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581103203', '430581103', '大禾村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581104001', '430581104', '稠树塘社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581104201', '430581104', '桥头村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581104202', '430581104', '石门村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581104203', '430581104', '新屋村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581105001', '430581105', '邓家铺社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581105201', '430581105', '梅溪村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581105202', '430581105', '长塘村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581105203', '430581105', '黄泥村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581106001', '430581106', '龙溪社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581106201', '430581106', '金鸡村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581106202', '430581106', '龙江村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581106203', '430581106', '枫林村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581107001', '430581107', '司马冲社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581107201', '430581107', '连山村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581107202', '430581107', '黄桥村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581107203', '430581107', '田心村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581108001', '430581108', '秦桥社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581108201', '430581108', '和平村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581108202', '430581108', '新华村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581108203', '430581108', '双江村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581109001', '430581109', '双牌社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581109201', '430581109', '万家村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581109202', '430581109', '洞口村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581109203', '430581109', '木山村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581110001', '430581110', '大甸社区', 'community', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581110201', '430581110', '岩山村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581110202', '430581110', '青山村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581110203', '430581110', '光明村', 'village', 4);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581204201', '430581204', '马坪村', 'village', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581204202', '430581204', '凤山村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581204203', '430581204', '高峰村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581205201', '430581205', '晏田村', 'village', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581205202', '430581205', '梯云村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581205203', '430581205', '水口村', 'village', 3);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581207201', '430581207', '水浸坪村', 'village', 1);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581207202', '430581207', '万亩村', 'village', 2);
INSERT INTO villages (code, township_code, name, kind, sort_order) VALUES ('430581207203', '430581207', '黄山村', 'village', 3);
