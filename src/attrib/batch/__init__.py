"""Many documents through the pipeline: huge texts in blocks, worker processes, output in order."""
