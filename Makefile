# The two commands: `make demo` and `make test`. Everything else is a helper for them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: install demo serve test bench eval train clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/alliancewatch ingest samples --db $(DEMO_DB)
	$(BIN)/alliancewatch summary --db $(DEMO_DB)
	@echo
	@echo "Browse it:  $(BIN)/alliancewatch serve --db $(DEMO_DB)   (or: make serve)"

serve: install
	$(BIN)/alliancewatch serve --db $(DEMO_DB)

test: install
	$(BIN)/ruff check alliancewatch tests bench
	$(BIN)/ruff format --check alliancewatch tests bench
	$(BIN)/pytest -q

eval: install
	$(BIN)/alliancewatch eval ../shared/gold/seeds.jsonl --inputs ../shared/seeds
	$(BIN)/alliancewatch eval tests/data/dev_ja.jsonl --inputs tests/data/dev_ja
	$(BIN)/alliancewatch eval tests/data/holdout_ja.jsonl --inputs tests/data/holdout_ja
	$(BIN)/alliancewatch eval tests/data/dev_ja2.jsonl --inputs tests/data/dev_ja2
	$(BIN)/alliancewatch eval tests/data/dev_ja3.jsonl --inputs tests/data/dev_ja3
	$(BIN)/alliancewatch eval tests/data/blind_ja.jsonl --inputs tests/data/blind_ja
	$(BIN)/alliancewatch eval tests/data/dev_ja_r3.jsonl --inputs tests/data/dev_ja_r3
	$(BIN)/alliancewatch eval tests/data/dev_ja_r4.jsonl --inputs tests/data/dev_ja_r4
	$(BIN)/alliancewatch eval tests/data/dev_ko.jsonl --inputs tests/data/dev_ko
	$(BIN)/alliancewatch eval tests/data/blind_ko.jsonl --inputs tests/data/blind_ko
	$(BIN)/alliancewatch eval tests/data/dev_ko_r3.jsonl --inputs tests/data/dev_ko_r3
	$(BIN)/alliancewatch eval tests/data/dev_ko_r4.jsonl --inputs tests/data/dev_ko_r4
	$(BIN)/alliancewatch eval tests/data/dev_ko_r5.jsonl --inputs tests/data/dev_ko_r5
	$(BIN)/alliancewatch eval tests/data/dev_en.jsonl --inputs tests/data/dev_en
	$(BIN)/alliancewatch eval tests/data/blind_en.jsonl --inputs tests/data/blind_en
	$(BIN)/alliancewatch eval tests/data/dev_en_r3.jsonl --inputs tests/data/dev_en_r3
	$(BIN)/alliancewatch eval tests/data/dev_en_r4.jsonl --inputs tests/data/dev_en_r4
	$(BIN)/alliancewatch eval tests/data/dev_en_r5.jsonl --inputs tests/data/dev_en_r5
	$(BIN)/alliancewatch eval tests/data/blind3_ja.jsonl --inputs tests/data/blind3_ja
	$(BIN)/alliancewatch eval tests/data/blind3_ko.jsonl --inputs tests/data/blind3_ko
	$(BIN)/alliancewatch eval tests/data/blind3_en.jsonl --inputs tests/data/blind3_en
	$(BIN)/alliancewatch eval tests/data/blind4_ja.jsonl --inputs tests/data/blind4_ja
	$(BIN)/alliancewatch eval tests/data/blind4_en.jsonl --inputs tests/data/blind4_en
	$(BIN)/alliancewatch eval tests/data/blind5_ja.jsonl --inputs tests/data/blind5_ja
	$(BIN)/alliancewatch eval tests/data/blind5_en.jsonl --inputs tests/data/blind5_en
	$(BIN)/alliancewatch eval tests/data/blind6_ja.jsonl --inputs tests/data/blind6_ja
	$(BIN)/alliancewatch eval tests/data/blind6_en.jsonl --inputs tests/data/blind6_en
	$(BIN)/alliancewatch eval tests/data/blind7_ja.jsonl --inputs tests/data/blind7_ja
	$(BIN)/alliancewatch eval tests/data/blind7_en.jsonl --inputs tests/data/blind7_en
	$(BIN)/alliancewatch eval tests/data/blind8_ja.jsonl --inputs tests/data/blind8_ja
	$(BIN)/alliancewatch eval tests/data/blind9_ja.jsonl --inputs tests/data/blind9_ja
	$(BIN)/alliancewatch eval tests/data/blind10_ja.jsonl --inputs tests/data/blind10_ja
	$(BIN)/alliancewatch eval tests/data/blind11_ja.jsonl --inputs tests/data/blind11_ja
	$(BIN)/alliancewatch eval tests/data/blind12_ja.jsonl --inputs tests/data/blind12_ja
	$(BIN)/alliancewatch eval tests/data/blind13_ja.jsonl --inputs tests/data/blind13_ja
	$(BIN)/alliancewatch eval tests/data/blind14_ja.jsonl --inputs tests/data/blind14_ja
	$(BIN)/alliancewatch eval tests/data/blind15_ja.jsonl --inputs tests/data/blind15_ja
	$(BIN)/alliancewatch eval tests/data/blind16_ja.jsonl --inputs tests/data/blind16_ja
	$(BIN)/alliancewatch eval tests/data/blind17_ja.jsonl --inputs tests/data/blind17_ja
	$(BIN)/alliancewatch eval tests/data/blind18_ja.jsonl --inputs tests/data/blind18_ja
	$(BIN)/alliancewatch eval tests/data/blind19_ja.jsonl --inputs tests/data/blind19_ja
	$(BIN)/alliancewatch eval tests/data/blind20_ja.jsonl --inputs tests/data/blind20_ja
	$(BIN)/alliancewatch eval tests/data/blind21_ja.jsonl --inputs tests/data/blind21_ja
	$(BIN)/alliancewatch eval tests/data/blind22_ja.jsonl --inputs tests/data/blind22_ja
	$(BIN)/alliancewatch eval tests/data/blind23_ja.jsonl --inputs tests/data/blind23_ja
	$(BIN)/alliancewatch eval tests/data/blind24_ja.jsonl --inputs tests/data/blind24_ja
	$(BIN)/alliancewatch eval tests/data/blind25_ja.jsonl --inputs tests/data/blind25_ja
	$(BIN)/alliancewatch eval tests/data/blind26_ja.jsonl --inputs tests/data/blind26_ja
	$(BIN)/alliancewatch eval tests/data/blind27_ja.jsonl --inputs tests/data/blind27_ja
	$(BIN)/alliancewatch eval tests/data/blind28_ja.jsonl --inputs tests/data/blind28_ja
	$(BIN)/alliancewatch eval tests/data/blind29_ja.jsonl --inputs tests/data/blind29_ja
	$(BIN)/alliancewatch eval tests/data/blind30_ja.jsonl --inputs tests/data/blind30_ja
	$(BIN)/alliancewatch eval tests/data/blind31_ja.jsonl --inputs tests/data/blind31_ja
	$(BIN)/alliancewatch eval tests/data/blind32_ja.jsonl --inputs tests/data/blind32_ja
	$(BIN)/alliancewatch eval tests/data/blind33_ja.jsonl --inputs tests/data/blind33_ja
	$(BIN)/alliancewatch eval tests/data/blind34_ja.jsonl --inputs tests/data/blind34_ja
	$(BIN)/alliancewatch eval tests/data/blind35_ja.jsonl --inputs tests/data/blind35_ja
	$(BIN)/alliancewatch eval tests/data/blind36_ja.jsonl --inputs tests/data/blind36_ja
	$(BIN)/alliancewatch eval tests/data/blind37_ja.jsonl --inputs tests/data/blind37_ja
	$(BIN)/alliancewatch eval tests/data/blind38_ja.jsonl --inputs tests/data/blind38_ja
	$(BIN)/alliancewatch eval tests/data/blind39_ja.jsonl --inputs tests/data/blind39_ja
	$(BIN)/alliancewatch eval tests/data/blind40_ja.jsonl --inputs tests/data/blind40_ja
	$(BIN)/alliancewatch eval tests/data/blind41_ja.jsonl --inputs tests/data/blind41_ja
	$(BIN)/alliancewatch eval-links tests/data/event_links.jsonl --gold tests/data/events_xling.jsonl --inputs tests/data/events_xling
	$(BIN)/alliancewatch eval-links tests/data/event_links_hard.jsonl --gold tests/data/events_hard.jsonl --inputs tests/data/events_hard

# the keep step's weights (alliancewatch/coding/keep.py) from every Japanese gold set, after
# the leave-one-set-out table that justifies them (README, "The keep step")
KEEP_SETS = $(filter-out %.A.jsonl %.B.jsonl,$(wildcard tests/data/*_ja*.jsonl))
train: install
	$(BIN)/alliancewatch train-keep $(foreach g,$(KEEP_SETS),$(if $(wildcard $(g:.jsonl=)/.),$(g))) \
		--out alliancewatch/lang/ja/data/keep_weights.tsv --loso

bench: install
	$(BIN)/python bench/web_bench.py
	$(BIN)/python bench/pipeline_bench.py
	$(BIN)/python bench/scale_bench.py
	$(BIN)/python bench/events_bench.py
	$(BIN)/python bench/events_hot_bench.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
