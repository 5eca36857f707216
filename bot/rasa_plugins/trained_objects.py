"""What a SpeakUp component trains (scikit-learn classifiers) kept inside Rasa's model archive, pickled.

Written by the component at `rasa train` into its own resource of the model, read back when the model
loads; a model trained before the component existed has no such file, and the component then starts
empty (its callers say what that means for them)."""
from __future__ import annotations

import pickle
from typing import TypeVar

from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage


Trained = TypeVar("Trained")


def write_trained(model_storage: ModelStorage, resource: Resource, file_name: str, trained: object) -> None:
    with model_storage.write_to(resource) as directory:
        with (directory / file_name).open("wb") as handle:
            pickle.dump(trained, handle)


def read_trained(model_storage: ModelStorage, resource: Resource, file_name: str, default: Trained) -> Trained:
    """What `write_trained` kept, or `default` when this model has none."""
    try:
        with model_storage.read_from(resource) as directory:
            with (directory / file_name).open("rb") as handle:
                trained: Trained = pickle.load(handle)  # written by write_trained at training, inside the model archive
                return trained
    except (ValueError, FileNotFoundError):
        return default
