"""govreport: Wuxi government work reports and five-year plans as tidy, traceable tables.

Stages (one module per job): read → debris/foreign/rejoin/repeats (cleaning ledger) →
structure → align → extract (indicators) → tokens/themes → notebooks and site.
Start with ``govreport.pipeline.build`` or the ``govreport`` command line.
"""
__version__ = "0.1.0"
